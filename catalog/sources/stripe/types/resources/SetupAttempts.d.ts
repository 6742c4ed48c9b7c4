import { StripeResource } from '../StripeResource.js';
import { Application } from './Applications.js';
import { Customer, DeletedCustomer } from './Customers.js';
import { Account } from './Accounts.js';
import { PaymentMethod } from './PaymentMethods.js';
import { SetupIntent } from './SetupIntents.js';
import { Mandate } from './Mandates.js';
import { PaymentIntent } from './PaymentIntents.js';
import { CustomerSource } from './CustomerSources.js';
import { PaginationParams, RangeQueryParam, OtherString } from '../shared.js';
import { RequestOptions, ApiListPromise } from '../lib.js';
export interface SetupAttempt {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'setup_attempt';
    /**
     * The value of [application](https://docs.stripe.com/api/setup_intents/object#setup_intent_object-application) on the SetupIntent at the time of this confirmation.
     */
    application: string | Application | null;
    /**
     * If present, the SetupIntent's payment method will be attached to the in-context Stripe Account.
     *
     * It can only be used for this Stripe Account's own money movement flows like InboundTransfer and OutboundTransfers. It cannot be set to true when setting up a PaymentMethod for a Customer, and defaults to false when attaching a PaymentMethod to a Customer.
     */
    attach_to_self?: boolean;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * The value of [customer](https://docs.stripe.com/api/setup_intents/object#setup_intent_object-customer) on the SetupIntent at the time of this confirmation.
     */
    customer: string | Customer | DeletedCustomer | null;
    /**
     * The value of [customer_account](https://docs.stripe.com/api/setup_intents/object#setup_intent_object-customer_account) on the SetupIntent at the time of this confirmation.
     */
    customer_account: string | null;
    /**
     * Indicates the directions of money movement for which this payment method is intended to be used.
     *
     * Include `inbound` if you intend to use the payment method as the origin to pull funds from. Include `outbound` if you intend to use the payment method as the destination to send funds to. You can include both if you intend to use the payment method for both purposes.
     */
    flow_directions: Array<SetupAttempt.FlowDirection> | null;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * The value of [on_behalf_of](https://docs.stripe.com/api/setup_intents/object#setup_intent_object-on_behalf_of) on the SetupIntent at the time of this confirmation.
     */
    on_behalf_of: string | Account | null;
    /**
     * ID of the payment method used with this SetupAttempt.
     */
    payment_method: string | PaymentMethod;
    payment_method_details: SetupAttempt.PaymentMethodDetails;
    /**
     * The error encountered during this attempt to confirm the SetupIntent, if any.
     */
    setup_error: SetupAttempt.SetupError | null;
    /**
     * ID of the SetupIntent that this attempt belongs to.
     */
    setup_intent: string | SetupIntent;
    /**
     * Status of this SetupAttempt, one of `requires_confirmation`, `requires_action`, `processing`, `succeeded`, `failed`, or `abandoned`.
     */
    status: string;
    /**
     * The value of [usage](https://docs.stripe.com/api/setup_intents/object#setup_intent_object-usage) on the SetupIntent at the time of this confirmation, one of `off_session` or `on_session`.
     */
    usage: string;
}
