import { StripeResource } from '../../StripeResource.js';
import { BalanceTransaction } from './../BalanceTransactions.js';
import { Card } from './Cards.js';
import { Cardholder } from './Cardholders.js';
import { Token } from './Tokens.js';
import { Transaction } from './Transactions.js';
import { Emptyable, MetadataParam, PaginationParams, RangeQueryParam, OtherString, Metadata, Decimal } from '../../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../../lib.js';
export interface Authorization {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'issuing.authorization';
    /**
     * The total amount that was authorized or rejected. This amount is in `currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). `amount` should be the same as `merchant_amount`, unless `currency` and `merchant_currency` are different.
     */
    amount: number;
    /**
     * Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal).
     */
    amount_details: Authorization.AmountDetails | null;
    /**
     * Whether the authorization has been approved.
     */
    approved: boolean;
    /**
     * How the card details were provided.
     */
    authorization_method: Authorization.AuthorizationMethod;
    /**
     * List of balance transactions associated with this authorization.
     */
    balance_transactions: Array<BalanceTransaction>;
    /**
     * You can [create physical or virtual cards](https://docs.stripe.com/issuing) that are issued to cardholders.
     */
    card: Card;
    /**
     * Whether the card was present at the point of sale for the authorization.
     */
    card_presence: Authorization.CardPresence | null;
    /**
     * The cardholder to whom this authorization belongs.
     */
    cardholder: string | Cardholder | null;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * The currency of the cardholder. This currency can be different from the currency presented at authorization and the `merchant_currency` field on this authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    currency: string;
    /**
     * Fleet-specific information for authorizations using Fleet cards.
     */
    fleet: Authorization.Fleet | null;
    /**
     * Fraud challenges sent to the cardholder, if this authorization was declined for fraud risk reasons.
     */
    fraud_challenges?: Array<Authorization.FraudChallenge> | null;
    /**
     * Information about fuel that was purchased with this transaction. Typically this information is received from the merchant after the authorization has been approved and the fuel dispensed.
     */
    fuel: Authorization.Fuel | null;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * The total amount that was authorized or rejected. This amount is in the `merchant_currency` and in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal). `merchant_amount` should be the same as `amount`, unless `merchant_currency` and `currency` are different.
     */
    merchant_amount: number;
    /**
     * The local currency that was presented to the cardholder for the authorization. This currency can be different from the cardholder currency and the `currency` field on this authorization. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    merchant_currency: string;
    merchant_data: Authorization.MerchantData;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    /**
     * Details about the authorization, such as identifiers, set by the card network.
     */
    network_data: Authorization.NetworkData | null;
    /**
     * The pending authorization request. This field will only be non-null during an `issuing_authorization.request` webhook.
     */
    pending_request: Authorization.PendingRequest | null;
    /**
     * History of every time a `pending_request` authorization was approved/declined, either by you directly or by Stripe (e.g. based on your spending_controls). If the merchant changes the authorization by performing an incremental authorization, you can look at this field to see the previous requests for the authorization. This field can be helpful in determining why a given authorization was approved/declined.
     */
    request_history: Array<Authorization.RequestHistory>;
    /**
     * The current status of the authorization in its lifecycle.
     */
    status: Authorization.Status;
    /**
     * [Token](https://docs.stripe.com/api/issuing/tokens/object) object used for this authorization. If a network token was not used for this authorization, this field will be null.
     */
    token?: string | Token | null;
    /**
     * List of [transactions](https://docs.stripe.com/api/issuing/transactions) associated with this authorization.
     */
    transactions: Array<Transaction>;
    /**
     * [Treasury](https://docs.stripe.com/api/treasury) details related to this authorization if it was created on a [FinancialAccount](https://docs.stripe.com/api/treasury/financial_accounts).
     */
    treasury?: Authorization.Treasury | null;
    verification_data: Authorization.VerificationData;
    /**
     * Whether the authorization bypassed fraud risk checks because the cardholder has previously completed a fraud challenge on a similar high-risk authorization from the same merchant.
     */
    verified_by_fraud_challenge: boolean | null;
    /**
     * The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`. Will populate as `null` when no digital wallet was utilized.
     */
    wallet: string | null;
}
