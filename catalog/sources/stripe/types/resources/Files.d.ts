import { multipartRequestDataProcessor } from '../multipart.js';
import { StripeResource } from '../StripeResource.js';
import { FileLink } from './FileLinks.js';
import { OtherString, Emptyable, MetadataParam, PaginationParams, RangeQueryParam } from '../shared.js';
import { RequestOptions, ApiListPromise, Response, ApiList, FileData } from '../lib.js';
export interface File {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'file';
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * The file expires and isn't available at this time in epoch seconds.
     */
    expires_at: number | null;
    /**
     * The suitable name for saving the file to a filesystem.
     */
    filename: string | null;
    /**
     * A list of [file links](https://docs.stripe.com/api#file_links) that point at this file.
     */
    links?: ApiList<FileLink> | null;
    /**
     * The [purpose](https://docs.stripe.com/file-upload#uploading-a-file) of the uploaded file.
     */
    purpose: File.Purpose;
    /**
     * The size of the file object in bytes.
     */
    size: number;
    /**
     * A suitable title for the document.
     */
    title: string | null;
    /**
     * The returned file type (for example, `csv`, `pdf`, `jpg`, or `png`).
     */
    type: string | null;
    /**
     * Use your live secret API key to download the file from this URL.
     */
    url: string | null;
}
