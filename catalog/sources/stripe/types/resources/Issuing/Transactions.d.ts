import { StripeResource } from '../../StripeResource.js';
import { Authorization } from './Authorizations.js';
import { BalanceTransaction } from './../BalanceTransactions.js';
import { Card } from './Cards.js';
import { Cardholder } from './Cardholders.js';
import { Dispute } from './Disputes.js';
import { Token } from './Tokens.js';
import { Emptyable, MetadataParam, PaginationParams, RangeQueryParam, OtherString, Metadata, Decimal } from '../../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../../lib.js';
export interface Transaction {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'issuing.transaction';
    /**
     * The transaction amount, which will be reflected in your balance. This amount is in your currency and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal).
     */
    amount: number;
    /**
     * Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal).
     */
    amount_details: Transaction.AmountDetails | null;
    /**
     * The `Authorization` object that led to this transaction.
     */
    authorization: string | Authorization | null;
    /**
     * ID of the [balance transaction](https://docs.stripe.com/api/balance_transactions) associated with this transaction.
     */
    balance_transaction: string | BalanceTransaction | null;
    /**
     * The card used to make this transaction.
     */
    card: string | Card;
    /**
     * The cardholder to whom this transaction belongs.
     */
    cardholder: string | Cardholder | null;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    currency: string;
    /**
     * If you've disputed the transaction, the ID of the dispute.
     */
    dispute: string | Dispute | null;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * The amount that the merchant will receive, denominated in `merchant_currency` and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). It will be different from `amount` if the merchant is taking payment in a different currency.
     */
    merchant_amount: number;
    /**
     * The currency with which the merchant is taking payment.
     */
    merchant_currency: string;
    merchant_data: Transaction.MerchantData;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    /**
     * Details about the transaction, such as processing dates, set by the card network.
     */
    network_data: Transaction.NetworkData | null;
    /**
     * Additional purchase information that is optionally provided by the merchant.
     */
    purchase_details?: Transaction.PurchaseDetails | null;
    /**
     * [Token](https://docs.stripe.com/api/issuing/tokens/object) object used for this transaction. If a network token was not used for this transaction, this field will be null.
     */
    token?: string | Token | null;
    /**
     * [Treasury](https://docs.stripe.com/api/treasury) details related to this transaction if it was created on a [FinancialAccount](/docs/api/treasury/financial_accounts
     */
    treasury?: Transaction.Treasury | null;
    /**
     * The nature of the transaction.
     */
    type: Transaction.Type;
    /**
     * The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`.
     */
    wallet: Transaction.Wallet | null;
}
