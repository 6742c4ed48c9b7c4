import { StripeResource } from '../StripeResource.js';
import { BalanceTransaction } from './BalanceTransactions.js';
import { PaymentMethod } from './PaymentMethods.js';
import { Source } from './Sources.js';
import { Emptyable, MetadataParam, PaginationParams, RangeQueryParam, OtherString, Metadata } from '../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../lib.js';
export interface Topup {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'topup';
    /**
     * Amount transferred.
     */
    amount: number;
    /**
     * ID of the balance transaction that describes the impact of this top-up on your account balance. May not be specified depending on status of top-up.
     */
    balance_transaction: string | BalanceTransaction | null;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    currency: string;
    /**
     * An arbitrary string attached to the object. Often useful for displaying to users.
     */
    description: string | null;
    /**
     * Date the funds are expected to arrive in your Stripe account for payouts. This factors in delays like weekends or bank holidays. May not be specified depending on status of top-up.
     */
    expected_availability_date: number | null;
    /**
     * Error code explaining reason for top-up failure if available (see [the errors section](https://docs.stripe.com/api/errors) for a list of codes).
     */
    failure_code: string | null;
    /**
     * Message to user further explaining reason for top-up failure if available.
     */
    failure_message: string | null;
    /**
     * Indicates whether the top-up was initiated by Stripe or by the user.
     */
    initiated_by: Topup.InitiatedBy | null;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    /**
     * The ID of a PaymentMethod representing the payment method used for the top-up. A PaymentMethod of type `us_bank_account` can be used.
     */
    payment_method?: string | PaymentMethod | null;
    /**
     * Payment-method-specific configuration for this top-up.
     */
    payment_method_options?: Topup.PaymentMethodOptions | null;
    /**
     * The source field is deprecated. It might not always be present in the API response.
     */
    source: Source | null;
    /**
     * Extra information about a top-up. This will appear on your source's bank statement. It must contain at least one letter.
     */
    statement_descriptor: string | null;
    /**
     * The status of the top-up is either `canceled`, `failed`, `pending`, `reversed`, or `succeeded`.
     */
    status: Topup.Status;
    /**
     * A string that identifies this top-up as part of a group.
     */
    transfer_group: string | null;
}
