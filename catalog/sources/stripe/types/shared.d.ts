export { Decimal } from './Decimal.js';
/**
 * Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
 */
export interface Metadata {
    [name: string]: string;
}
/**
 * The Address object.
 */
export interface Address {
    /**
     * City/District/Suburb/Town/Village.
     */
    city: string | null;
    /**
     * 2-letter country code.
     */
    country: string | null;
    /**
     * Address line 1 (Street address/PO Box/Company name).
     */
    line1: string | null;
    /**
     * Address line 2 (Apartment/Suite/Unit/Building).
     */
    line2: string | null;
    /**
     * ZIP or postal code.
     */
    postal_code: string | null;
    /**
     * State/County/Province/Region.
     */
    state: string | null;
}
/**
 * Stripe's enums are considered either "open" or "closed". Open enums can have new values added that are backported to older API versions. Because the SDK only includes the enum members that existed when the SDK was released, values you might see at runtime may not be present in the generated types.
 *
 * So, we intentionally join the enum Literal types with `OtherString`, which resolves down to `string`. This is to help communicate that your integration should be prepared to handle enum variants that are listed in the API Documentation (but not the SDK).
 *
 * For more information, see: https://github.com/stripe/stripe-node#open-and-closed-enum
 */
export type OtherString = string & Record<never, never>;
