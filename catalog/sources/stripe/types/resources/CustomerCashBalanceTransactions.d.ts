import { Customer } from './Customers.js';
import { BalanceTransaction } from './BalanceTransactions.js';
import { PaymentIntent } from './PaymentIntents.js';
import { Refund } from './Refunds.js';
import { OtherString } from '../shared.js';
export interface CustomerCashBalanceTransaction {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'customer_cash_balance_transaction';
    adjusted_for_overdraft?: CustomerCashBalanceTransaction.AdjustedForOverdraft;
    applied_to_payment?: CustomerCashBalanceTransaction.AppliedToPayment;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    currency: string;
    /**
     * The customer whose available cash balance changed as a result of this transaction.
     */
    customer: string | Customer;
    /**
     * The ID of an Account representing a customer whose available cash balance changed as a result of this transaction.
     */
    customer_account: string | null;
    /**
     * The total available cash balance for the specified currency after this transaction was applied. Represented in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal).
     */
    ending_balance: number;
    funded?: CustomerCashBalanceTransaction.Funded;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * The amount by which the cash balance changed, represented in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). A positive value represents funds being added to the cash balance, a negative value represents funds being removed from the cash balance.
     */
    net_amount: number;
    refunded_from_payment?: CustomerCashBalanceTransaction.RefundedFromPayment;
    transferred_to_balance?: CustomerCashBalanceTransaction.TransferredToBalance;
    /**
     * The type of the cash balance transaction. New types may be added in future. See [Customer Balance](https://docs.stripe.com/payments/customer-balance#types) to learn more about these types.
     */
    type: CustomerCashBalanceTransaction.Type;
    unapplied_from_payment?: CustomerCashBalanceTransaction.UnappliedFromPayment;
}
