import { StripeResource } from '../../StripeResource.js';
import { BalanceTransaction } from './../BalanceTransactions.js';
import { Transaction } from './Transactions.js';
import { File } from './../Files.js';
import { MetadataParam, Emptyable, OtherString, PaginationParams, RangeQueryParam, Metadata } from '../../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../../lib.js';
export interface Dispute {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'issuing.dispute';
    /**
     * Disputed amount in the card's currency and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). Usually the amount of the `transaction`, but can differ (usually because of currency fluctuation).
     */
    amount: number;
    /**
     * List of balance transactions associated with the dispute.
     */
    balance_transactions?: Array<BalanceTransaction> | null;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * The currency the `transaction` was made in.
     */
    currency: string;
    evidence: Dispute.Evidence;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * The enum that describes the dispute loss outcome. If the dispute is not lost, this field will be absent. New enum values may be added in the future, so be sure to handle unknown values.
     */
    loss_reason?: Dispute.LossReason;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    /**
     * Current status of the dispute.
     */
    status: Dispute.Status;
    /**
     * The transaction being disputed.
     */
    transaction: string | Transaction;
    /**
     * [Treasury](https://docs.stripe.com/api/treasury) details related to this dispute if it was created on a [FinancialAccount](https://docs.stripe.com/api/treasury/financial_accounts)
     */
    treasury?: Dispute.Treasury | null;
}
