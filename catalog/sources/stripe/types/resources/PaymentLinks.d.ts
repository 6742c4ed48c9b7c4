import { StripeResource } from '../StripeResource.js';
import { LineItem } from './LineItems.js';
import { Application, DeletedApplication } from './Applications.js';
import { Account } from './Accounts.js';
import { TaxId, DeletedTaxId } from './TaxIds.js';
import { ShippingRate } from './ShippingRates.js';
import { MetadataParam, Decimal, Emptyable, OtherString, PaginationParams, Metadata } from '../shared.js';
import { RequestOptions, ApiListPromise, Response, ApiList } from '../lib.js';
export interface PaymentLink {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'payment_link';
    /**
     * Whether the payment link's `url` is active. If `false`, customers visiting the URL will be shown a page saying that the link has been deactivated.
     */
    active: boolean;
    after_completion: PaymentLink.AfterCompletion;
    /**
     * Whether user redeemable promotion codes are enabled.
     */
    allow_promotion_codes: boolean;
    /**
     * The ID of the Connect application that created the Payment Link.
     */
    application: string | Application | DeletedApplication | null;
    /**
     * The amount of the application fee (if any) that will be requested to be applied to the payment and transferred to the application owner's Stripe account.
     */
    application_fee_amount: number | null;
    /**
     * This represents the percentage of the subscription invoice total that will be transferred to the application owner's Stripe account.
     */
    application_fee_percent: number | null;
    automatic_tax: PaymentLink.AutomaticTax;
    /**
     * Configuration for collecting the customer's billing address. Defaults to `auto`.
     */
    billing_address_collection: PaymentLink.BillingAddressCollection;
    /**
     * When set, provides configuration to gather active consent from customers.
     */
    consent_collection: PaymentLink.ConsentCollection | null;
    /**
     * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
     */
    currency: string;
    /**
     * Collect additional information from your customer using custom fields. Up to 3 fields are supported. You can't set this parameter if `ui_mode` is `elements`.
     */
    custom_fields: Array<PaymentLink.CustomField>;
    custom_text: PaymentLink.CustomText;
    /**
     * Configuration for Customer creation during checkout.
     */
    customer_creation: PaymentLink.CustomerCreation;
    /**
     * The custom message to be displayed to a customer when a payment link is no longer active.
     */
    inactive_message: string | null;
    /**
     * Configuration for creating invoice for payment mode payment links.
     */
    invoice_creation: PaymentLink.InvoiceCreation | null;
    /**
     * The line items representing what is being sold.
     */
    line_items?: ApiList<LineItem>;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * Settings for Managed Payments for this Payment Link and resulting [CheckoutSessions](https://docs.stripe.com/api/checkout/sessions/object), [PaymentIntents](https://docs.stripe.com/api/payment_intents/object), [Invoices](https://docs.stripe.com/api/invoices/object), and [Subscriptions](https://docs.stripe.com/api/subscriptions/object).
     */
    managed_payments: PaymentLink.ManagedPayments | null;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
     */
    metadata: Metadata;
    name_collection?: PaymentLink.NameCollection;
    /**
     * The account on behalf of which to charge. See the [Connect documentation](https://support.stripe.com/questions/sending-invoices-on-behalf-of-connected-accounts) for details.
     */
    on_behalf_of: string | Account | null;
    /**
     * The optional items presented to the customer at checkout.
     */
    optional_items?: Array<PaymentLink.OptionalItem> | null;
    /**
     * Indicates the parameters to be passed to PaymentIntent creation during checkout.
     */
    payment_intent_data: PaymentLink.PaymentIntentData | null;
    /**
     * Configuration for collecting a payment method during checkout. Defaults to `always`.
     */
    payment_method_collection: PaymentLink.PaymentMethodCollection;
    /**
     * Payment-method-specific configuration.
     */
    payment_method_options: PaymentLink.PaymentMethodOptions | null;
    /**
     * The list of payment method types that customers can use. When `null`, Stripe will dynamically show relevant payment methods you've enabled in your [payment method settings](https://dashboard.stripe.com/settings/payment_methods).
     */
    payment_method_types: Array<PaymentLink.PaymentMethodType> | null;
    phone_number_collection: PaymentLink.PhoneNumberCollection;
    /**
     * Settings that restrict the usage of a payment link.
     */
    restrictions: PaymentLink.Restrictions | null;
    /**
     * Configuration for collecting the customer's shipping address.
     */
    shipping_address_collection: PaymentLink.ShippingAddressCollection | null;
    /**
     * The shipping rate options applied to the session.
     */
    shipping_options: Array<PaymentLink.ShippingOption>;
    /**
     * Indicates the type of transaction being performed which customizes relevant text on the page, such as the submit button.
     */
    submit_type: PaymentLink.SubmitType;
    /**
     * When creating a subscription, the specified configuration data will be used. There must be at least one line item with a recurring price to use `subscription_data`.
     */
    subscription_data: PaymentLink.SubscriptionData | null;
    tax_id_collection: PaymentLink.TaxIdCollection;
    /**
     * The account (if any) the payments will be attributed to for tax reporting, and where funds from each payment will be transferred to.
     */
    transfer_data: PaymentLink.TransferData | null;
    /**
     * The public URL that can be shared with customers.
     */
    url: string;
}
