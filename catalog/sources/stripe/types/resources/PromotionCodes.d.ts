import { StripeResource } from '../StripeResource.js';
import { Customer, DeletedCustomer } from './Customers.js';
import { Coupon } from './Coupons.js';
import { MetadataParam, Emptyable, PaginationParams, RangeQueryParam, Metadata } from '../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../lib.js';
export interface PromotionCode {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'promotion_code';
    /**
     * Whether the promotion code is currently active. A promotion code is only active if the coupon is also valid.
     */
    active: boolean;
    /**
     * The customer-facing code. Regardless of case, this code must be unique across all active promotion codes for each customer. Valid characters are lower case letters (a-z), upper case letters (A-Z), digits (0-9), and dashes (-).
     */
    code: string;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * The customer who can use this promotion code.
     */
    customer: string | Customer | DeletedCustomer | null;
    /**
     * The account representing the customer who can use this promotion code.
     */
    customer_account: string | null;
    /**
     * Date at which the promotion code can no longer be redeemed.
     */
    expires_at: number | null;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * Maximum number of times this promotion code can be redeemed.
     */
    max_redemptions: number | null;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata | null;
    promotion: PromotionCode.Promotion;
    restrictions: PromotionCode.Restrictions;
    /**
     * Number of times this promotion code has been used.
     */
    times_redeemed: number;
}
