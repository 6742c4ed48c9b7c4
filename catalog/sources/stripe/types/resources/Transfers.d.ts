import { StripeResource } from '../StripeResource.js';
import { TransferReversal } from './TransferReversals.js';
import { BalanceTransaction } from './BalanceTransactions.js';
import { Account } from './Accounts.js';
import { Charge } from './Charges.js';
import { MetadataParam, OtherString, Emptyable, PaginationParams, RangeQueryParam, Metadata } from '../shared.js';
import { RequestOptions, ApiListPromise, Response, ApiList } from '../lib.js';
export interface Transfer {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'transfer';
    /**
     * Amount in cents (or local equivalent) to be transferred.
     */
    amount: number;
    /**
     * Amount in cents (or local equivalent) reversed (can be less than the amount attribute on the transfer if a partial reversal was issued).
     */
    amount_reversed: number;
    /**
     * Balance transaction that describes the impact of this transfer on your account balance.
     */
    balance_transaction: string | BalanceTransaction | null;
    /**
     * Time that this record of the transfer was first created.
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
     * ID of the Stripe account the transfer was sent to.
     */
    destination: string | Account | null;
    /**
     * If the destination is a Stripe account, this will be the ID of the payment that the destination account received for the transfer.
     */
    destination_payment?: string | Charge;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    /**
     * A list of reversals that have been applied to the transfer.
     */
    reversals: ApiList<TransferReversal>;
    /**
     * Whether the transfer has been fully reversed. If the transfer is only partially reversed, this attribute will still be false.
     */
    reversed: boolean;
    /**
     * ID of the charge that was used to fund the transfer. If null, the transfer was funded from the available balance.
     */
    source_transaction: string | Charge | null;
    /**
     * The source balance this transfer came from. One of `card`, `fpx`, or `bank_account`.
     */
    source_type?: string;
    /**
     * A string that identifies this transaction as part of a group. See the [Connect documentation](https://docs.stripe.com/connect/separate-charges-and-transfers#transfer-options) for details.
     */
    transfer_group: string | null;
}
