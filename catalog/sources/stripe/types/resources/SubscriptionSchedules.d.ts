import { StripeResource } from '../StripeResource.js';
import { Discount as _Discount } from './Discounts.js';
import { Application, DeletedApplication } from './Applications.js';
import { Customer, DeletedCustomer } from './Customers.js';
import { Subscription } from './Subscriptions.js';
import { PaymentMethod } from './PaymentMethods.js';
import { Account } from './Accounts.js';
import { TaxId, DeletedTaxId } from './TaxIds.js';
import { TaxRate } from './TaxRates.js';
import { Price, DeletedPrice } from './Prices.js';
import { Coupon } from './Coupons.js';
import { PromotionCode } from './PromotionCodes.js';
import { Plan, DeletedPlan } from './Plans.js';
import * as TestHelpers from './TestHelpers/index.js';
import { Emptyable, MetadataParam, OtherString, Decimal, PaginationParams, RangeQueryParam, Metadata } from '../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../lib.js';
export interface SubscriptionSchedule {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'subscription_schedule';
    /**
     * ID of the Connect Application that created the schedule.
     */
    application: string | Application | DeletedApplication | null;
    /**
     * The billing mode of the subscription.
     */
    billing_mode: SubscriptionSchedule.BillingMode;
    /**
     * Time at which the subscription schedule was canceled. Measured in seconds since the Unix epoch.
     */
    canceled_at: number | null;
    /**
     * Time at which the subscription schedule was completed. Measured in seconds since the Unix epoch.
     */
    completed_at: number | null;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Object representing the start and end dates for the current phase of the subscription schedule, if it is `active`.
     */
    current_phase: SubscriptionSchedule.CurrentPhase | null;
    /**
     * ID of the customer who owns the subscription schedule.
     */
    customer: string | Customer | DeletedCustomer;
    /**
     * ID of the account who owns the subscription schedule.
     */
    customer_account: string | null;
    default_settings: SubscriptionSchedule.DefaultSettings;
    /**
     * Behavior of the subscription schedule and underlying subscription when it ends. Possible values are `release` or `cancel` with the default being `release`. `release` will end the subscription schedule and keep the underlying subscription running. `cancel` will end the subscription schedule and cancel the underlying subscription.
     */
    end_behavior: SubscriptionSchedule.EndBehavior;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata | null;
    /**
     * The pause schedules for this subscription schedule.
     */
    pause_schedules: Array<SubscriptionSchedule.PauseSchedule>;
    /**
     * Configuration for the subscription schedule's phases.
     */
    phases: Array<SubscriptionSchedule.Phase>;
    /**
     * Time at which the subscription schedule was released. Measured in seconds since the Unix epoch.
     */
    released_at: number | null;
    /**
     * ID of the subscription once managed by the subscription schedule (if it is released).
     */
    released_subscription: string | null;
    /**
     * The present status of the subscription schedule. Possible values are `not_started`, `active`, `completed`, `released`, and `canceled`. You can read more about the different states in our [behavior guide](https://docs.stripe.com/billing/subscriptions/subscription-schedules).
     */
    status: SubscriptionSchedule.Status;
    /**
     * ID of the subscription managed by the subscription schedule.
     */
    subscription: string | Subscription | null;
    /**
     * ID of the test clock this subscription schedule belongs to.
     */
    test_clock: string | TestHelpers.TestClock | null;
}
