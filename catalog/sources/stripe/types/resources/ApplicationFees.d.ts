import { StripeResource } from '../StripeResource.js';
import { FeeRefund } from './FeeRefunds.js';
import { Account } from './Accounts.js';
import { Application } from './Applications.js';
import { BalanceTransaction } from './BalanceTransactions.js';
import { Charge } from './Charges.js';
import { PaginationParams, RangeQueryParam, MetadataParam, Emptyable, OtherString } from '../shared.js';
import { RequestOptions, ApiListPromise, Response, ApiList } from '../lib.js';
export interface ApplicationFee {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'application_fee';
    /**
     * ID of the Stripe account this fee was taken from.
     */
    account: string | Account;
    /**
     * Amount earned, in cents (or local equivalent).
     */
    amount: number;
    /**
     * Amount in cents (or local equivalent) refunded (can be less than the amount attribute on the fee if a partial refund was issued)
     */
    amount_refunded: number;
    /**
     * ID of the Connect application that earned the fee.
     */
    application: string | Application;
    /**
     * Balance transaction that describes the impact of this collected application fee on your account balance (not including refunds).
     */
    balance_transaction: string | BalanceTransaction | null;
    /**
     * ID of the charge that the application fee was taken from.
     */
    charge: string | Charge;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    currency: string;
    /**
     * Polymorphic source of the application fee. Includes the ID of the object the application fee was created from.
     */
    fee_source: ApplicationFee.FeeSource | null;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * ID of the corresponding charge on the platform account, if this fee was the result of a charge using the `destination` parameter.
     */
    originating_transaction: string | Charge | null;
    /**
     * Whether the fee has been fully refunded. If the fee is only partially refunded, this attribute will still be false.
     */
    refunded: boolean;
    /**
     * A list of refunds that have been applied to the fee.
     */
    refunds: ApiList<FeeRefund>;
}
