import { StripeResource } from '../../StripeResource.js';
import { CreditGrant } from './CreditGrants.js';
import { Invoice } from './../Invoices.js';
import * as TestHelpers from './../TestHelpers/index.js';
import { PaginationParams, OtherString } from '../../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../../lib.js';
export interface CreditBalanceTransaction {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'billing.credit_balance_transaction';
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Credit details for this credit balance transaction. Only present if type is `credit`.
     */
    credit: CreditBalanceTransaction.Credit | null;
    /**
     * The credit grant associated with this credit balance transaction.
     */
    credit_grant: string | CreditGrant;
    /**
     * Debit details for this credit balance transaction. Only present if type is `debit`.
     */
    debit: CreditBalanceTransaction.Debit | null;
    /**
     * The effective time of this credit balance transaction.
     */
    effective_at: number;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * ID of the test clock this credit balance transaction belongs to.
     */
    test_clock: string | TestHelpers.TestClock | null;
    /**
     * The type of credit balance transaction (credit or debit).
     */
    type: CreditBalanceTransaction.Type | null;
}
