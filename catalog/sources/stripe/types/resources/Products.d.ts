import { StripeResource } from '../StripeResource.js';
import { DeletedProductFeature, ProductFeature } from './ProductFeatures.js';
import { Price } from './Prices.js';
import { TaxCode } from './TaxCodes.js';
import { MetadataParam, Decimal, OtherString, Emptyable, PaginationParams, RangeQueryParam, Metadata } from '../shared.js';
import { RequestOptions, Response, ApiListPromise, ApiSearchResultPromise } from '../lib.js';
export interface Product {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'product';
    /**
     * Whether the product is currently available for purchase.
     */
    active: boolean;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * The ID of the [Price](https://docs.stripe.com/api/prices) object that is the default price for this product.
     */
    default_price?: string | Price | null;
    /**
     * Always true for a deleted object
     */
    deleted?: void;
    /**
     * The product's description, meant to be displayable to the customer. Use this field to optionally store a long form explanation of the product being sold for your own rendering purposes.
     */
    description: string | null;
    /**
     * A list of up to 8 URLs of images for this product, meant to be displayable to the customer.
     */
    images: Array<string>;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * A list of up to 15 marketing features for this product. These are displayed in [pricing tables](https://docs.stripe.com/payments/checkout/pricing-table).
     */
    marketing_features: Array<Product.MarketingFeature>;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    /**
     * The product's name, meant to be displayable to the customer.
     */
    name: string;
    /**
     * The dimensions of this product for shipping purposes.
     */
    package_dimensions: Product.PackageDimensions | null;
    /**
     * Whether this product is shipped (i.e., physical goods).
     */
    shippable: boolean | null;
    /**
     * Extra information about a product which will appear on your customer's credit card statement. In the case that multiple products are billed at once, the first statement descriptor will be used. Only used for subscription payments.
     */
    statement_descriptor?: string | null;
    /**
     * A [tax code](https://docs.stripe.com/tax/tax-categories) ID.
     */
    tax_code?: string | TaxCode | null;
    /**
     * Tax details for this product, including the [tax code](https://docs.stripe.com/tax/tax-codes) and an optional performance location.
     */
    tax_details: Product.TaxDetails | null;
    /**
     * The type of the product. The product is either of type `good`, which is eligible for use with Orders and SKUs, or `service`, which is eligible for use with Subscriptions and Plans.
     */
    type: Product.Type;
    /**
     * A label that represents units of this product. When set, this will be included in customers' receipts, invoices, Checkout, and the customer portal.
     */
    unit_label?: string | null;
    /**
     * Time at which the object was last updated. Measured in seconds since the Unix epoch.
     */
    updated: number;
    /**
     * A URL of a publicly-accessible webpage for this product.
     */
    url: string | null;
}
export interface DeletedProduct {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'product';
    /**
     * Always true for a deleted object
     */
    deleted: true;
}
export declare namespace Product {
    interface MarketingFeature {
        /**
         * Optional text that describes what a customer loses by canceling, shown for this marketing feature in the Customer Portal cancellation flow. Up to 80 characters long. If you omit it when you update `marketing_features`, Stripe keeps the message stored for the feature with the same name. Duplicate names are matched in order. Set it to an empty string to remove the override. When no override is stored, eligible cancellation flows use the marketing feature name. A renamed feature is treated as a new feature, so send the message again to keep it.
         */
        loss_message?: string;
        /**
         * The marketing feature name. Up to 80 characters long.
         */
        name?: string;
    }
    interface PackageDimensions {
        /**
         * Height, in inches.
         */
        height: number;
        /**
         * Length, in inches.
         */
        length: number;
        /**
         * Weight, in ounces.
         */
        weight: number;
        /**
         * Width, in inches.
         */
        width: number;
    }
    interface TaxDetails {
        /**
         * The ID of a tax location with type `performance`, representing where the performance takes place.
         */
        performance_location: string | null;
        /**
         * A [tax code](https://docs.stripe.com/tax/tax-categories) ID.
         */
        tax_code: string | null;
    }
    type Type = 'good' | 'service' | OtherString;
}
