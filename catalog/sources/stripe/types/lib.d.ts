/// <reference types="node" />
/// <reference types="node" />
import { Agent } from 'http';
import { RequestAuthenticator } from './Types.js';
import { ApiVersion } from './apiVersion.js';
import { HttpClientInterface } from './net/HttpClient.js';
import { StripeContext } from './StripeContext.js';
/**
 * A container for paginated lists of objects.
 * The array of objects is on the `.data` property,
 * and `.has_more` indicates whether there are additional objects beyond the end of this list.
 *
 * Learn more in Stripe's [pagination docs](https://stripe.com/docs/api/pagination?lang=node)
 * or, when iterating over many items, try [auto-pagination](https://github.com/stripe/stripe-node#auto-pagination) instead.
 */
export interface ApiList<T> {
    object: 'list';
    data: Array<T>;
    /**
     * True if this list has another page of items after this one that can be fetched.
     */
    has_more: boolean;
    /**
     * The URL where this list can be accessed.
     */
    url: string;
}
