import { StripeResource } from '../StripeResource.js';
import { TaxCode } from './TaxCodes.js';
import { MetadataParam, OtherString, Emptyable, PaginationParams, RangeQueryParam, Metadata } from '../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../lib.js';
export interface ShippingRate {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'shipping_rate';
    /**
     * Whether the shipping rate can be used for new purchases. Defaults to `true`.
     */
    active: boolean;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * The estimated range for how long shipping will take, meant to be displayable to the customer. This will appear on CheckoutSessions.
     */
    delivery_estimate: ShippingRate.DeliveryEstimate | null;
    /**
     * The name of the shipping rate, meant to be displayable to the customer. This will appear on CheckoutSessions.
     */
    display_name: string | null;
    fixed_amount?: ShippingRate.FixedAmount;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    /**
     * Specifies whether the rate is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`.
     */
    tax_behavior: ShippingRate.TaxBehavior | null;
    /**
     * A [tax code](https://docs.stripe.com/tax/tax-categories) ID. The Shipping tax code is `txcd_92010001`.
     */
    tax_code: string | TaxCode | null;
    /**
     * The type of calculation to use on the shipping rate.
     */
    type: 'fixed_amount';
}
