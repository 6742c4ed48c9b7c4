import { StripeResource } from '../StripeResource.js';
import { Charge } from './Charges.js';
import { PaymentIntent } from './PaymentIntents.js';
import { PaginationParams, RangeQueryParam, OtherString } from '../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../lib.js';
export interface Review {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'review';
    /**
     * The ZIP or postal code of the card used, if applicable.
     */
    billing_zip: string | null;
    /**
     * The charge associated with this review.
     */
    charge: string | Charge | null;
    /**
     * The reason the review was closed, or null if it has not yet been closed. One of `approved`, `refunded`, `refunded_as_fraud`, `disputed`, `redacted`, `canceled`, `payment_never_settled`, or `acknowledged`.
     */
    closed_reason: Review.ClosedReason | null;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * The IP address where the payment originated.
     */
    ip_address: string | null;
    /**
     * Information related to the location of the payment. Note that this information is an approximation and attempts to locate the nearest population center - it should not be used to determine a specific address.
     */
    ip_address_location: Review.IpAddressLocation | null;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * If `true`, the review needs action.
     */
    open: boolean;
    /**
     * The reason the review was opened. One of `rule` or `manual`.
     */
    opened_reason: Review.OpenedReason;
    /**
     * The PaymentIntent ID associated with this review, if one exists.
     */
    payment_intent?: string | PaymentIntent;
    /**
     * The reason the review is currently open or closed. One of `rule`, `manual`, `approved`, `refunded`, `refunded_as_fraud`, `disputed`, `redacted`, `canceled`, `payment_never_settled`, or `acknowledged`.
     */
    reason: string;
    /**
     * Information related to the browsing session of the user who initiated the payment.
     */
    session: Review.Session | null;
}
