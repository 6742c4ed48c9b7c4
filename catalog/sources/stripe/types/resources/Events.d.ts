import { StripeResource } from '../StripeResource.js';
import { PaginationParams, RangeQueryParam } from '../shared.js';
import { RequestOptions, ApiListPromise, Response } from '../lib.js';
export interface EventBase {
    /**
     * Unique identifier for the object.
     */
    id: string;
    /**
     * String representing the object's type. Objects of the same type share the same value.
     */
    object: 'event';
    /**
     * The connected account that originates the event.
     */
    account?: string;
    /**
     * The Stripe API version used to render `data` when the event was created. The contents of `data` never change, so this value remains static regardless of the API version currently in use. This property is populated only for events created on or after October 31, 2014.
     */
    api_version: string | null;
    /**
     * Authentication context needed to fetch the event or related object.
     */
    context?: string;
    /**
     * Time at which the object was created. Measured in seconds since the Unix epoch.
     */
    created: number;
    data: Event.Data;
    /**
     * If the object exists in live mode, the value is `true`. If the object exists in test mode, the value is `false`.
     */
    livemode: boolean;
    /**
     * Number of webhooks that haven't been successfully delivered (for example, to return a 20x response). This count can include deliveries to endpoints that belong to Connect platforms or apps with access to your account. These endpoints don't appear when you list your account's webhook endpoints or event destinations. To see the delivery status for each endpoint, view the event in [Workbench](https://docs.stripe.com/workbench/overview#events).
     */
    pending_webhooks: number;
    /**
     * Information on the API request that triggers the event.
     */
    request: Event.Request | null;
    /**
     * Description of the event (for example, `invoice.created` or `charge.refunded`).
     */
    type: Event.Type;
}
export declare namespace Event {
    interface Data {
        /**
         * Object containing the API resource relevant to the event. For example, an `invoice.created` event will have a full [invoice object](https://docs.stripe.com/api#invoice_object) as the value of the object key.
         */
        object: Data.Object;
        /**
         * Object containing the names of the updated attributes and their values prior to the event (only included in events of type `*.updated`). If an array attribute has any updated elements, this object contains the entire array. In Stripe API versions 2017-04-06 or earlier, an updated array attribute in this object includes only the updated array elements.
         */
        previous_attributes?: Data.PreviousAttributes;
    }
    interface Request {
        /**
         * ID of the API request that caused the event. If null, the event was automatic (e.g., Stripe's automatic subscription handling). Request logs are available in the [dashboard](https://dashboard.stripe.com/logs), but currently not in the API.
         */
        id: string | null;
        /**
         * The idempotency key transmitted during the request, if any. *Note: This property is populated only for events on or after May 23, 2017*.
         */
        idempotency_key: string | null;
    }
    type Type = 'account.application.authorized' | 'account.application.deauthorized' | 'account.external_account.created' | 'account.external_account.deleted' | 'account.external_account.updated' | 'account.updated' | 'application_fee.created' | 'application_fee.refund.updated' | 'application_fee.refunded' | 'apps.install.created' | 'apps.install.deleted' | 'apps.install.updated' | 'balance.available' | 'balance_settings.updated' | 'billing.alert.triggered' | 'billing.credit_balance_transaction.created' | 'billing.credit_grant.created' | 'billing.credit_grant.updated' | 'billing.meter.created' | 'billing.meter.deactivated' | 'billing.meter.reactivated' | 'billing.meter.updated' | 'billing_portal.configuration.created' | 'billing_portal.configuration.updated' | 'billing_portal.session.created' | 'capability.updated' | 'cash_balance.funds_available' | 'charge.captured' | 'charge.dispute.closed' | 'charge.dispute.created' | 'charge.dispute.funds_reinstated' | 'charge.dispute.funds_withdrawn' | 'charge.dispute.updated' | 'charge.expired' | 'charge.failed' | 'charge.pending' | 'charge.refund.updated' | 'charge.refunded' | 'charge.succeeded' | 'charge.updated' | 'checkout.session.async_payment_failed' | 'checkout.session.async_payment_succeeded' | 'checkout.session.completed' | 'checkout.session.expired' | 'climate.order.canceled' | 'climate.order.created' | 'climate.order.delayed' | 'climate.order.delivered' | 'climate.order.product_substituted' | 'climate.product.created' | 'climate.product.pricing_updated' | 'coupon.created' | 'coupon.deleted' | 'coupon.updated' | 'credit_note.created' | 'credit_note.updated' | 'credit_note.voided' | 'customer.created' | 'customer.deleted' | 'customer.discount.created' | 'customer.discount.deleted' | 'customer.discount.updated' | 'customer.source.created' | 'customer.source.deleted' | 'customer.source.expiring' | 'customer.source.updated' | 'customer.subscription.created' | 'customer.subscription.deleted' | 'customer.subscription.paused' | 'customer.subscription.pending_update_applied' | 'customer.subscription.pending_update_expired' | 'customer.subscription.resumed' | 'customer.subscription.trial_will_end' | 'customer.subscription.updated' | 'customer.tax_id.created' | 'customer.tax_id.deleted' | 'customer.tax_id.updated' | 'customer.updated' | 'customer_cash_balance_transaction.created' | 'entitlements.active_entitlement_summary.updated' | 'file.created' | 'financial_connections.account.account_numbers_updated' | 'financial_connections.account.created' | 'financial_connections.account.deactivated' | 'financial_connections.account.disconnected' | 'financial_connections.account.expected_deactivation_date_updated' | 'financial_connections.account.reactivated' | 'financial_connections.account.refreshed_balance' | 'financial_connections.account.refreshed_ownership' | 'financial_connections.account.refreshed_transactions' | 'financial_connections.account.supported_payment_method_types_updated' | 'financial_connections.account.upcoming_account_number_expiry' | 'financial_connections.account.upcoming_deactivation' | 'financial_connections.authorization.expected_deactivation_date_updated' | 'financial_connections.authorization.upcoming_deactivation' | 'identity.verification_session.canceled' | 'identity.verification_session.created' | 'identity.verification_session.processing' | 'identity.verification_session.redacted' | 'identity.verification_session.requires_input' | 'identity.verification_session.verified' | 'invoice.created' | 'invoice.deleted' | 'invoice.finalization_failed' | 'invoice.finalized' | 'invoice.marked_uncollectible' | 'invoice.overdue' | 'invoice.overpaid' | 'invoice.paid' | 'invoice.payment_action_required' | 'invoice.payment_attempt_required' | 'invoice.payment_failed' | 'invoice.payment_succeeded' | 'invoice.sent' | 'invoice.upcoming' | 'invoice.updated' | 'invoice.voided' | 'invoice.will_be_due' | 'invoice_payment.paid' | 'invoiceitem.created' | 'invoiceitem.deleted' | 'issuing_authorization.created' | 'issuing_authorization.request' | 'issuing_authorization.updated' | 'issuing_card.created' | 'issuing_card.updated' | 'issuing_cardholder.created' | 'issuing_cardholder.updated' | 'issuing_dispute.closed' | 'issuing_dispute.created' | 'issuing_dispute.funds_reinstated' | 'issuing_dispute.funds_rescinded' | 'issuing_dispute.submitted' | 'issuing_dispute.updated' | 'issuing_personalization_design.activated' | 'issuing_personalization_design.deactivated' | 'issuing_personalization_design.rejected' | 'issuing_personalization_design.updated' | 'issuing_token.created' | 'issuing_token.updated' | 'issuing_transaction.created' | 'issuing_transaction.purchase_details_receipt_updated' | 'issuing_transaction.updated' | 'mandate.updated' | 'payment_intent.amount_capturable_updated' | 'payment_intent.canceled' | 'payment_intent.created' | 'payment_intent.partially_funded' | 'payment_intent.payment_failed' | 'payment_intent.processing' | 'payment_intent.requires_action' | 'payment_intent.succeeded' | 'payment_link.created' | 'payment_link.updated' | 'payment_method.attached' | 'payment_method.automatically_updated' | 'payment_method.detached' | 'payment_method.updated' | 'payout.canceled' | 'payout.created' | 'payout.failed' | 'payout.paid' | 'payout.reconciliation_completed' | 'payout.updated' | 'person.created' | 'person.deleted' | 'person.updated' | 'plan.created' | 'plan.deleted' | 'plan.updated' | 'price.created' | 'price.deleted' | 'price.updated' | 'product.created' | 'product.deleted' | 'product.updated' | 'promotion_code.created' | 'promotion_code.updated' | 'quote.accepted' | 'quote.canceled' | 'quote.created' | 'quote.finalized' | 'radar.early_fraud_warning.created' | 'radar.early_fraud_warning.updated' | 'refund.created' | 'refund.failed' | 'refund.updated' | 'reporting.report_run.failed' | 'reporting.report_run.succeeded' | 'reporting.report_type.updated' | 'reserve.hold.created' | 'reserve.hold.updated' | 'reserve.plan.created' | 'reserve.plan.disabled' | 'reserve.plan.expired' | 'reserve.plan.updated' | 'reserve.release.created' | 'review.closed' | 'review.opened' | 'setup_intent.canceled' | 'setup_intent.created' | 'setup_intent.requires_action' | 'setup_intent.setup_failed' | 'setup_intent.succeeded' | 'sigma.scheduled_query_run.created' | 'source.canceled' | 'source.chargeable' | 'source.failed' | 'source.mandate_notification' | 'source.refund_attributes_required' | 'source.transaction.created' | 'source.transaction.updated' | 'subscription_schedule.aborted' | 'subscription_schedule.canceled' | 'subscription_schedule.completed' | 'subscription_schedule.created' | 'subscription_schedule.expiring' | 'subscription_schedule.released' | 'subscription_schedule.updated' | 'tax.settings.updated' | 'tax_rate.created' | 'tax_rate.updated' | 'terminal.reader.action_failed' | 'terminal.reader.action_succeeded' | 'terminal.reader.action_updated' | 'test_helpers.test_clock.advancing' | 'test_helpers.test_clock.created' | 'test_helpers.test_clock.deleted' | 'test_helpers.test_clock.internal_failure' | 'test_helpers.test_clock.ready' | 'three_d_secure.authentication.canceled' | 'three_d_secure.authentication.challenge_started' | 'three_d_secure.authentication.errored' | 'three_d_secure.authentication.failed' | 'three_d_secure.authentication.requires_challenge' | 'three_d_secure.authentication.requires_submission' | 'three_d_secure.authentication.succeeded' | 'topup.canceled' | 'topup.created' | 'topup.failed' | 'topup.reversed' | 'topup.succeeded' | 'transfer.created' | 'transfer.reversed' | 'transfer.updated' | 'treasury.credit_reversal.created' | 'treasury.credit_reversal.posted' | 'treasury.debit_reversal.completed' | 'treasury.debit_reversal.created' | 'treasury.debit_reversal.initial_credit_granted' | 'treasury.financial_account.closed' | 'treasury.financial_account.created' | 'treasury.financial_account.features_status_updated' | 'treasury.inbound_transfer.canceled' | 'treasury.inbound_transfer.created' | 'treasury.inbound_transfer.failed' | 'treasury.inbound_transfer.succeeded' | 'treasury.outbound_payment.canceled' | 'treasury.outbound_payment.created' | 'treasury.outbound_payment.expected_arrival_date_updated' | 'treasury.outbound_payment.failed' | 'treasury.outbound_payment.posted' | 'treasury.outbound_payment.returned' | 'treasury.outbound_payment.tracking_details_updated' | 'treasury.outbound_transfer.canceled' | 'treasury.outbound_transfer.created' | 'treasury.outbound_transfer.expected_arrival_date_updated' | 'treasury.outbound_transfer.failed' | 'treasury.outbound_transfer.posted' | 'treasury.outbound_transfer.returned' | 'treasury.outbound_transfer.tracking_details_updated' | 'treasury.received_credit.created' | 'treasury.received_credit.failed' | 'treasury.received_credit.succeeded' | 'treasury.received_debit.created';
    namespace Data {
        interface Object {
        }
        interface PreviousAttributes {
        }
    }
}
import { Apps } from './Apps/index.js';
import { Billing } from './Billing/index.js';
import { BillingPortal } from './BillingPortal/index.js';
import { Checkout } from './Checkout/index.js';
import { Climate } from './Climate/index.js';
import { Entitlements } from './Entitlements/index.js';
import { FinancialConnections } from './FinancialConnections/index.js';
import { Identity } from './Identity/index.js';
import { Issuing } from './Issuing/index.js';
import { Radar } from './Radar/index.js';
import { Reporting } from './Reporting/index.js';
import { Reserve } from './Reserve/index.js';
import { Sigma } from './Sigma/index.js';
import { Tax } from './Tax/index.js';
import { Terminal } from './Terminal/index.js';
import { TestHelpers } from './TestHelpers/index.js';
import { ThreeDSecure } from './ThreeDSecure/index.js';
import { Treasury } from './Treasury/index.js';
import { Application } from './Applications.js';
import { ExternalAccount } from './ExternalAccounts.js';
import { Account } from './Accounts.js';
import { ApplicationFee } from './ApplicationFees.js';
import { FeeRefund } from './FeeRefunds.js';
import { Balance } from './Balance.js';
import { BalanceSettings } from './BalanceSettings.js';
import { Capability } from './Capabilities.js';
import { CashBalance } from './CashBalances.js';
import { Charge } from './Charges.js';
import { Dispute } from './Disputes.js';
import { Refund } from './Refunds.js';
import { Coupon } from './Coupons.js';
import { CreditNote } from './CreditNotes.js';
import { Customer } from './Customers.js';
import { Discount } from './Discounts.js';
import { CustomerSource } from './CustomerSources.js';
import { Subscription } from './Subscriptions.js';
import { TaxId } from './TaxIds.js';
import { CustomerCashBalanceTransaction } from './CustomerCashBalanceTransactions.js';
import { File } from './Files.js';
import { Invoice } from './Invoices.js';
import { InvoicePayment } from './InvoicePayments.js';
import { InvoiceItem } from './InvoiceItems.js';
import { Mandate } from './Mandates.js';
import { PaymentIntent } from './PaymentIntents.js';
import { PaymentLink } from './PaymentLinks.js';
import { PaymentMethod } from './PaymentMethods.js';
import { Payout } from './Payouts.js';
import { Person } from './Persons.js';
import { Plan } from './Plans.js';
import { Price } from './Prices.js';
import { Product } from './Products.js';
import { PromotionCode } from './PromotionCodes.js';
import { Quote } from './Quotes.js';
import { Review } from './Reviews.js';
import { SetupIntent } from './SetupIntents.js';
import { Source } from './Sources.js';
import { SourceMandateNotification } from './SourceMandateNotifications.js';
import { SourceTransaction } from './SourceTransactions.js';
import { SubscriptionSchedule } from './SubscriptionSchedules.js';
import { TaxRate } from './TaxRates.js';
import { Topup } from './Topups.js';
import { Transfer } from './Transfers.js';
/**
 * Occurs whenever a previously uncaptured charge is captured.
 */
export interface ChargeCapturedEvent extends EventBase {
    type: 'charge.captured';
    data: ChargeCapturedEvent.Data;
}
export declare namespace ChargeCapturedEvent {
    interface Data extends Event.Data {
        object: Charge;
        previous_attributes?: Partial<Charge>;
    }
}
/**
 * Occurs whenever a customer disputes a charge with their bank.
 */
export interface ChargeDisputeCreatedEvent extends EventBase {
    type: 'charge.dispute.created';
    data: ChargeDisputeCreatedEvent.Data;
}
export declare namespace ChargeDisputeCreatedEvent {
    interface Data extends Event.Data {
        object: Dispute;
        previous_attributes?: Partial<Dispute>;
    }
}
/**
 * Occurs whenever a failed charge attempt occurs.
 */
export interface ChargeFailedEvent extends EventBase {
    type: 'charge.failed';
    data: ChargeFailedEvent.Data;
}
export declare namespace ChargeFailedEvent {
    interface Data extends Event.Data {
        object: Charge;
        previous_attributes?: Partial<Charge>;
    }
}
/**
 * Occurs whenever a charge is refunded, including partial refunds. Listen to `refund.created` for information about the refund.
 */
export interface ChargeRefundedEvent extends EventBase {
    type: 'charge.refunded';
    data: ChargeRefundedEvent.Data;
}
export declare namespace ChargeRefundedEvent {
    interface Data extends Event.Data {
        object: Charge;
        previous_attributes?: Partial<Charge>;
    }
}
/**
 * Occurs whenever a charge is successful.
 */
export interface ChargeSucceededEvent extends EventBase {
    type: 'charge.succeeded';
    data: ChargeSucceededEvent.Data;
}
export declare namespace ChargeSucceededEvent {
    interface Data extends Event.Data {
        object: Charge;
        previous_attributes?: Partial<Charge>;
    }
}
/**
 * Occurs when a Checkout Session has been successfully completed.
 */
export interface CheckoutSessionCompletedEvent extends EventBase {
    type: 'checkout.session.completed';
    data: CheckoutSessionCompletedEvent.Data;
}
export declare namespace CheckoutSessionCompletedEvent {
    interface Data extends Event.Data {
        object: Checkout.Session;
        previous_attributes?: Partial<Checkout.Session>;
    }
}
/**
 * Occurs whenever a new customer is created.
 */
export interface CustomerCreatedEvent extends EventBase {
    type: 'customer.created';
    data: CustomerCreatedEvent.Data;
}
export declare namespace CustomerCreatedEvent {
    interface Data extends Event.Data {
        object: Customer;
        previous_attributes?: Partial<Customer>;
    }
}
/**
 * Occurs whenever a customer is deleted.
 */
export interface CustomerDeletedEvent extends EventBase {
    type: 'customer.deleted';
    data: CustomerDeletedEvent.Data;
}
export declare namespace CustomerDeletedEvent {
    interface Data extends Event.Data {
        object: Customer;
        previous_attributes?: Partial<Customer>;
    }
}
/**
 * Occurs whenever a customer is signed up for a new plan.
 */
export interface CustomerSubscriptionCreatedEvent extends EventBase {
    type: 'customer.subscription.created';
    data: CustomerSubscriptionCreatedEvent.Data;
}
export declare namespace CustomerSubscriptionCreatedEvent {
    interface Data extends Event.Data {
        object: Subscription;
        previous_attributes?: Partial<Subscription>;
    }
}
/**
 * Occurs whenever a customer's subscription ends.
 */
export interface CustomerSubscriptionDeletedEvent extends EventBase {
    type: 'customer.subscription.deleted';
    data: CustomerSubscriptionDeletedEvent.Data;
}
export declare namespace CustomerSubscriptionDeletedEvent {
    interface Data extends Event.Data {
        object: Subscription;
        previous_attributes?: Partial<Subscription>;
    }
}
/**
 * Occurs whenever a customer's subscription is paused. Only applies when subscriptions enter `status=paused`, not when [payment collection](https://docs.stripe.com/billing/subscriptions/pause) is paused.
 */
export interface CustomerSubscriptionPausedEvent extends EventBase {
    type: 'customer.subscription.paused';
    data: CustomerSubscriptionPausedEvent.Data;
}
export declare namespace CustomerSubscriptionPausedEvent {
    interface Data extends Event.Data {
        object: Subscription;
        previous_attributes?: Partial<Subscription>;
    }
}
/**
 * Occurs whenever a customer's subscription is no longer paused. Only applies when a `status=paused` subscription is [resumed](https://docs.stripe.com/api/subscriptions/resume), not when [payment collection](https://docs.stripe.com/billing/subscriptions/pause) is resumed.
 */
export interface CustomerSubscriptionResumedEvent extends EventBase {
    type: 'customer.subscription.resumed';
    data: CustomerSubscriptionResumedEvent.Data;
}
export declare namespace CustomerSubscriptionResumedEvent {
    interface Data extends Event.Data {
        object: Subscription;
        previous_attributes?: Partial<Subscription>;
    }
}
/**
 * Occurs three days before a subscription's trial period is scheduled to end, or immediately when a trial is ended early (for example, with `trial_end=now` or when a Customer Portal plan change ends a trial). If a trial is shortened so that fewer than three days remain, this event can fire immediately, including during the same transaction that collects payment. Before sending payment-reminder communications from this webhook, check the subscription status and latest invoice to determine whether payment has already been collected.
 */
export interface CustomerSubscriptionTrialWillEndEvent extends EventBase {
    type: 'customer.subscription.trial_will_end';
    data: CustomerSubscriptionTrialWillEndEvent.Data;
}
export declare namespace CustomerSubscriptionTrialWillEndEvent {
    interface Data extends Event.Data {
        object: Subscription;
        previous_attributes?: Partial<Subscription>;
    }
}
/**
 * Occurs whenever a subscription changes (e.g., switching from one plan to another, or changing the status from trial to active).
 */
export interface CustomerSubscriptionUpdatedEvent extends EventBase {
    type: 'customer.subscription.updated';
    data: CustomerSubscriptionUpdatedEvent.Data;
}
export declare namespace CustomerSubscriptionUpdatedEvent {
    interface Data extends Event.Data {
        object: Subscription;
        previous_attributes?: Partial<Subscription>;
    }
}
/**
 * Occurs whenever any property of a customer changes.
 */
export interface CustomerUpdatedEvent extends EventBase {
    type: 'customer.updated';
    data: CustomerUpdatedEvent.Data;
}
export declare namespace CustomerUpdatedEvent {
    interface Data extends Event.Data {
        object: Customer;
        previous_attributes?: Partial<Customer>;
    }
}
/**
 * Occurs whenever a new invoice is created. To learn how webhooks can be used with this event, and how they can affect it, see [Using Webhooks with Subscriptions](https://docs.stripe.com/subscriptions/webhooks).
 */
export interface InvoiceCreatedEvent extends EventBase {
    type: 'invoice.created';
    data: InvoiceCreatedEvent.Data;
}
export declare namespace InvoiceCreatedEvent {
    interface Data extends Event.Data {
        object: Invoice;
        previous_attributes?: Partial<Invoice>;
    }
}
/**
 * Occurs whenever a draft invoice is finalized and updated to be an open invoice.
 */
export interface InvoiceFinalizedEvent extends EventBase {
    type: 'invoice.finalized';
    data: InvoiceFinalizedEvent.Data;
}
export declare namespace InvoiceFinalizedEvent {
    interface Data extends Event.Data {
        object: Invoice;
        previous_attributes?: Partial<Invoice>;
    }
}
/**
 * Occurs whenever an invoice payment attempt succeeds or an invoice is marked as paid out-of-band.
 */
export interface InvoicePaidEvent extends EventBase {
    type: 'invoice.paid';
    data: InvoicePaidEvent.Data;
}
export declare namespace InvoicePaidEvent {
    interface Data extends Event.Data {
        object: Invoice;
        previous_attributes?: Partial<Invoice>;
    }
}
/**
 * Occurs whenever an invoice payment attempt fails, due to either a declined payment, including soft decline, or to the lack of a stored payment method.
 */
export interface InvoicePaymentFailedEvent extends EventBase {
    type: 'invoice.payment_failed';
    data: InvoicePaymentFailedEvent.Data;
}
export declare namespace InvoicePaymentFailedEvent {
    interface Data extends Event.Data {
        object: Invoice;
        previous_attributes?: Partial<Invoice>;
    }
}
/**
 * Occurs whenever an invoice payment attempt succeeds.
 */
export interface InvoicePaymentSucceededEvent extends EventBase {
    type: 'invoice.payment_succeeded';
    data: InvoicePaymentSucceededEvent.Data;
}
export declare namespace InvoicePaymentSucceededEvent {
    interface Data extends Event.Data {
        object: Invoice;
        previous_attributes?: Partial<Invoice>;
    }
}
/**
 * Occurs X number of days before a subscription is scheduled to create an invoice that is automatically charged&mdash;where X is determined by your [subscriptions settings](https://dashboard.stripe.com/account/billing/automatic). Note: The received `Invoice` object will not have an invoice ID.
 */
export interface InvoiceUpcomingEvent extends EventBase {
    type: 'invoice.upcoming';
    data: InvoiceUpcomingEvent.Data;
}
export declare namespace InvoiceUpcomingEvent {
    interface Data extends Event.Data {
        object: Invoice;
        previous_attributes?: Partial<Invoice>;
    }
}
/**
 * Occurs when a PaymentIntent is canceled.
 */
export interface PaymentIntentCanceledEvent extends EventBase {
    type: 'payment_intent.canceled';
    data: PaymentIntentCanceledEvent.Data;
}
export declare namespace PaymentIntentCanceledEvent {
    interface Data extends Event.Data {
        object: PaymentIntent;
        previous_attributes?: Partial<PaymentIntent>;
    }
}
/**
 * Occurs when a new PaymentIntent is created.
 */
export interface PaymentIntentCreatedEvent extends EventBase {
    type: 'payment_intent.created';
    data: PaymentIntentCreatedEvent.Data;
}
export declare namespace PaymentIntentCreatedEvent {
    interface Data extends Event.Data {
        object: PaymentIntent;
        previous_attributes?: Partial<PaymentIntent>;
    }
}
/**
 * Occurs when a PaymentIntent has failed the attempt to create a payment method or a payment.
 */
export interface PaymentIntentPaymentFailedEvent extends EventBase {
    type: 'payment_intent.payment_failed';
    data: PaymentIntentPaymentFailedEvent.Data;
}
export declare namespace PaymentIntentPaymentFailedEvent {
    interface Data extends Event.Data {
        object: PaymentIntent;
        previous_attributes?: Partial<PaymentIntent>;
    }
}
/**
 * Occurs when a PaymentIntent has successfully completed payment.
 */
export interface PaymentIntentSucceededEvent extends EventBase {
    type: 'payment_intent.succeeded';
    data: PaymentIntentSucceededEvent.Data;
}
export declare namespace PaymentIntentSucceededEvent {
    interface Data extends Event.Data {
        object: PaymentIntent;
        previous_attributes?: Partial<PaymentIntent>;
    }
}
/**
 * Occurs whenever a new payment method is attached to a customer.
 */
export interface PaymentMethodAttachedEvent extends EventBase {
    type: 'payment_method.attached';
    data: PaymentMethodAttachedEvent.Data;
}
export declare namespace PaymentMethodAttachedEvent {
    interface Data extends Event.Data {
        object: PaymentMethod;
        previous_attributes?: Partial<PaymentMethod>;
    }
}
/**
 * Occurs whenever a price is created.
 */
export interface PriceCreatedEvent extends EventBase {
    type: 'price.created';
    data: PriceCreatedEvent.Data;
}
export declare namespace PriceCreatedEvent {
    interface Data extends Event.Data {
        object: Price;
        previous_attributes?: Partial<Price>;
    }
}
/**
 * Occurs whenever a product is created.
 */
export interface ProductCreatedEvent extends EventBase {
    type: 'product.created';
    data: ProductCreatedEvent.Data;
}
export declare namespace ProductCreatedEvent {
    interface Data extends Event.Data {
        object: Product;
        previous_attributes?: Partial<Product>;
    }
}
/**
 * Occurs whenever a refund is created.
 */
export interface RefundCreatedEvent extends EventBase {
    type: 'refund.created';
    data: RefundCreatedEvent.Data;
}
export declare namespace RefundCreatedEvent {
    interface Data extends Event.Data {
        object: Refund;
        previous_attributes?: Partial<Refund>;
    }
}
