import { StripeResource } from '../../StripeResource.js';
import { PaginationParams, OtherString } from '../../shared.js';
import { RequestOptions, Response, ApiListPromise } from '../../lib.js';
export interface TestClock {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'test_helpers.test_clock';
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Always true for a deleted object
     */
    deleted?: void;
    /**
     * Time at which this clock is scheduled to auto delete.
     */
    deletes_after: number;
    /**
     * Time at which all objects belonging to this clock are frozen.
     */
    frozen_time: number;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * The custom name supplied at creation.
     */
    name: string | null;
    /**
     * The status of the Test Clock.
     */
    status: TestClock.Status;
    status_details: TestClock.StatusDetails;
}
