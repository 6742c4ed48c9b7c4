import { StripeResource } from '../StripeResource.js';
import { MetadataParam, OtherString, Emptyable, PaginationParams, RangeQueryParam, Metadata } from '../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../lib.js';
export interface TaxRate {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'tax_rate';
    /**
     * Defaults to `true`. When set to `false`, this tax rate cannot be used with new applications or Checkout Sessions, but will still work for subscriptions and invoices that already have it set.
     */
    active: boolean;
    /**
     * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
     */
    country: string | null;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * An arbitrary string attached to the tax rate for your internal use only. It will not be visible to your customers.
     */
    description: string | null;
    /**
     * The display name of the tax rates as it will appear to your customer on their receipt email, PDF, and the hosted invoice page.
     */
    display_name: string;
    /**
     * Actual/effective tax rate percentage out of 100. For tax calculations with automatic_tax[enabled]=true,
     * this percentage reflects the rate actually used to calculate tax based on the product's taxability
     * and whether the user is registered to collect taxes in the corresponding jurisdiction.
     */
    effective_percentage: number | null;
    /**
     * The amount of the tax rate when the `rate_type` is `flat_amount`. Tax rates with `rate_type` `percentage` can vary based on the transaction, resulting in this field being `null`. This field exposes the amount and currency of the flat tax rate.
     */
    flat_amount: TaxRate.FlatAmount | null;
    /**
     * This specifies if the tax rate is inclusive or exclusive.
     */
    inclusive: boolean;
    /**
     * The jurisdiction for the tax rate. You can use this label field for tax reporting purposes. It also appears on your customer's invoice.
     */
    jurisdiction: string | null;
    /**
     * The level of the jurisdiction that imposes this tax rate. Will be `null` for manually defined tax rates.
     */
    jurisdiction_level: TaxRate.JurisdictionLevel | null;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata | null;
    /**
     * Tax rate percentage out of 100. For tax calculations with automatic_tax[enabled]=true, this percentage includes the statutory tax rate of non-taxable jurisdictions.
     */
    percentage: number;
    /**
     * Indicates the type of tax rate applied to the taxable amount. This value can be `null` when no tax applies to the location. This field is only present for TaxRates created by Stripe Tax.
     */
    rate_type: TaxRate.RateType | null;
    /**
     * [ISO 3166-2 subdivision code](https://en.wikipedia.org/wiki/ISO_3166-2), without country prefix. For example, "NY" for New York, United States.
     */
    state: string | null;
    /**
     * The high-level tax type, such as `vat` or `sales_tax`.
     */
    tax_type: TaxRate.TaxType | null;
}
export declare namespace TaxRate {
    interface FlatAmount {
        /**
         * Amount of the tax when the `rate_type` is `flat_amount`. This positive integer represents how much to charge in the smallest currency unit (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
         */
        amount: number;
        /**
         * Three-letter ISO currency code, in lowercase.
         */
        currency: string;
    }
    type JurisdictionLevel = 'city' | 'country' | 'county' | 'district' | 'multiple' | 'state' | OtherString;
    type RateType = 'flat_amount' | 'percentage' | OtherString;
    type TaxType = 'admissions_tax' | 'amusement_tax' | 'attendance_tax' | 'communications_tax' | 'digital_excise_tax' | 'entertainment_tax' | 'get_fund' | 'gross_receipts_tax' | 'gst' | 'hospitality_tax' | 'hst' | 'igst' | 'jct' | 'lease_tax' | 'luxury_tax' | 'mass_transit_parking_tax' | 'nhil' | 'parking_tax' | 'pst' | 'qst' | 'resort_tax' | 'retail_delivery_fee' | 'rst' | 'sales_tax' | 'service_tax' | 'tourism_tax' | 'utility_users_tax' | 'vat' | OtherString;
}
