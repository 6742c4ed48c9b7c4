import { StripeResource } from '../StripeResource.js';
import { PaymentMethod } from './PaymentMethods.js';
import { Mandate } from './Mandates.js';
import { PaginationParams, Emptyable, MetadataParam, AddressParam, OtherString, Metadata, Address } from '../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../lib.js';
export interface PaymentRecord {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'payment_record';
    /**
     * A representation of an amount of money, consisting of an amount and a currency.
     */
    amount: PaymentRecord.Amount;
    /**
     * A representation of an amount of money, consisting of an amount and a currency.
     */
    amount_authorized: PaymentRecord.AmountAuthorized;
    /**
     * A representation of an amount of money, consisting of an amount and a currency.
     */
    amount_canceled: PaymentRecord.AmountCanceled;
    /**
     * A representation of an amount of money, consisting of an amount and a currency.
     */
    amount_failed: PaymentRecord.AmountFailed;
    /**
     * A representation of an amount of money, consisting of an amount and a currency.
     */
    amount_guaranteed: PaymentRecord.AmountGuaranteed;
    /**
     * A representation of an amount of money, consisting of an amount and a currency.
     */
    amount_refunded: PaymentRecord.AmountRefunded;
    /**
     * A representation of an amount of money, consisting of an amount and a currency.
     */
    amount_requested: PaymentRecord.AmountRequested;
    /**
     * ID of the Connect application that created the PaymentRecord.
     */
    application: string | null;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    /**
     * Customer information for this payment.
     */
    customer_details: PaymentRecord.CustomerDetails | null;
    /**
     * Indicates whether the customer was present in your checkout flow during this payment.
     */
    customer_presence: PaymentRecord.CustomerPresence | null;
    /**
     * An arbitrary string attached to the object. Often useful for displaying to users.
     */
    description: string | null;
    /**
     * ID of the latest Payment Attempt Record attached to this Payment Record.
     */
    latest_payment_attempt_record: string | null;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    /**
     * Information about the Payment Method debited for this payment.
     */
    payment_method_details: PaymentRecord.PaymentMethodDetails | null;
    /**
     * Processor information associated with this payment.
     */
    processor_details: PaymentRecord.ProcessorDetails;
    /**
     * Indicates who reported the payment.
     */
    reported_by: PaymentRecord.ReportedBy;
    /**
     * Shipping information for this payment.
     */
    shipping_details: PaymentRecord.ShippingDetails | null;
}
