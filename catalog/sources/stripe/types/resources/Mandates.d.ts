import { StripeResource } from '../StripeResource.js';
import { PaymentMethod } from './PaymentMethods.js';
import { OtherString } from '../shared.js';
import { RequestOptions, Response } from '../lib.js';
export interface Mandate {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'mandate';
    customer_acceptance: Mandate.CustomerAcceptance;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    multi_use?: Mandate.MultiUse;
    /**
     * The account (if any) that the mandate is intended for.
     */
    on_behalf_of?: string;
    /**
     * ID of the payment method associated with this mandate.
     */
    payment_method: string | PaymentMethod;
    payment_method_details: Mandate.PaymentMethodDetails;
    single_use?: Mandate.SingleUse;
    /**
     * The mandate status indicates whether or not you can use it to initiate a payment.
     */
    status: Mandate.Status;
    /**
     * The type of the mandate.
     */
    type: Mandate.Type;
}
