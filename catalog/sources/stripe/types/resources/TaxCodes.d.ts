import { StripeResource } from '../StripeResource.js';
import { PaginationParams, OtherString } from '../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../lib.js';
export interface TaxCode {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'tax_code';
    /**
     * A detailed description of which types of products the tax code represents.
     */
    description: string;
    /**
     * A short name for the tax code.
     */
    name: string;
    /**
     * An object that describes more information about the tax location required for this tax code. Some tax codes require a [performance location](https://docs.stripe.com/tax/location-sales#required-versus-optional-performance-locations) to calculate tax correctly.
     */
    requirements: TaxCode.Requirements | null;
}
