import { StripeResource } from '../StripeResource.js';
import { Discount } from './Discounts.js';
import { Plan } from './Plans.js';
import { Price } from './Prices.js';
import { TaxRate } from './TaxRates.js';
import { Emptyable, MetadataParam, OtherString, Decimal, PaginationParams, Metadata } from '../shared.js';
import { RequestOptions, Response, ApiListPromise } from '../lib.js';
export interface SubscriptionItem {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'subscription_item';
    /**
     * The time period the subscription item has been billed for.
     */
    billed_until?: number;
    /**
     * Define thresholds at which an invoice will be sent, and the related subscription advanced to a new billing period
     */
    billing_thresholds: SubscriptionItem.BillingThresholds | null;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * The end time of this subscription item's current billing period.
     */
    current_period_end: number;
    /**
     * The start time of this subscription item's current billing period.
     */
    current_period_start: number;
    /**
     * The current trial that is applied to this subscription item.
     */
    current_trial: SubscriptionItem.CurrentTrial | null;
    /**
     * Always true for a deleted object
     */
    deleted?: void;
    /**
     * The discounts applied to the subscription item. Subscription item discounts are applied before subscription discounts. Use `expand[]=discounts` to expand each discount.
     */
    discounts: Array<string | Discount>;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    /**
     * You can now model subscriptions more flexibly using the [Prices API](https://docs.stripe.com/api#prices). It replaces the Plans API and is backwards compatible to simplify your migration.
     *
     * Plans define the base price, currency, and billing cycle for recurring purchases of products.
     * [Products](https://docs.stripe.com/api#products) help you track inventory or provisioning, and plans help you track pricing. Different physical goods or levels of service should be represented by products, and pricing options should be represented by plans. This approach lets you change prices without having to change your provisioning scheme.
     *
     * For example, you might have a single "gold" product that has plans for $10/month, $100/year, €9/month, and €90/year.
     *
     * Related guides: [Set up a subscription](https://docs.stripe.com/billing/subscriptions/set-up-subscription) and more about [products and prices](https://docs.stripe.com/products-prices/overview).
     */
    plan: Plan;
    /**
     * Prices define the unit cost, currency, and (optional) billing cycle for both recurring and one-time purchases of products.
     * [Products](https://docs.stripe.com/api#products) help you track inventory or provisioning, and prices help you track payment terms. Different physical goods or levels of service should be represented by products, and pricing options should be represented by prices. This approach lets you change prices without having to change your provisioning scheme.
     *
     * For example, you might have a single "gold" product that has prices for $10/month, $100/year, and €9 once.
     *
     * Related guides: [Set up a subscription](https://docs.stripe.com/billing/subscriptions/set-up-subscription), [create an invoice](https://docs.stripe.com/billing/invoices/create), and more about [products and prices](https://docs.stripe.com/products-prices/overview).
     */
    price: Price;
    /**
     * The [quantity](https://docs.stripe.com/subscriptions/quantities) of the plan to which the customer should be subscribed.
     */
    quantity?: number;
    /**
     * The `subscription` this `subscription_item` belongs to.
     */
    subscription: string;
    /**
     * The tax rates which apply to this `subscription_item`. When set, the `default_tax_rates` on the subscription do not apply to this `subscription_item`.
     */
    tax_rates: Array<TaxRate> | null;
}
export declare namespace SubscriptionItem {
    interface BillingThresholds {
        /**
         * Usage threshold that triggers the subscription to create an invoice
         */
        usage_gte: number | null;
    }
    interface CurrentTrial {
        /**
         * The time the current trial ends.
         */
        end_date: number;
        /**
         * The time the current trial started.
         */
        start_date: number;
        /**
         * The Trial Offer ID applied to the subscription item.
         */
        trial_offer: string;
    }
}
