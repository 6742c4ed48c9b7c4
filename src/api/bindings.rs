//! The TypeScript bindings of the types the UI shares with the engine (ui/src/bindings/).
//! `make bindings` writes them; a test fails when the committed files drift.

use ts_rs::{Config, TS};

use crate::api::signing_keys::KeyPairRequest;
use crate::api::Removed;
use crate::catalog::{
    DeliveryRules, Detect, Envelope, Event, EventInfo, HeaderTemplate, Note, Provider,
    ProviderSummary, Sample, SuccessRule, Timestamps, UrlRules, ValueSpec, Violation,
};
use crate::model::{
    ApiError, ApiErrorBody, Body, BodyEncoding, Capture, CaptureCheck, CaptureFilter, CaptureList,
    CaptureSummary, CapturedResponse, CheckRequest, EngineEvent, Header, NewProviderSecret,
    Preview, PreviewRequest, ProviderSecret, RenderedSample, SavedSample, Status,
};
use crate::model::{
    Attempt, Delivery, DeliveryDetail, DeliveryFilter, DeliveryList, DeliverySource,
    DeliveryStatus, FieldFilter, ReceivedResponse, RetryPolicy, SentRequest, SkippedWebhook,
    Timings, TransportError, TransportErrorKind, TriggerRequest, TriggerResult, Webhook,
    WebhookConfig,
};
use crate::model::{CreatedEmulatorKey, EmulatorKey, NewEmulatorKey};
use crate::model::{DesktopSettings, LastScreen, OutgoingSettings, ReceiverSettings, Theme};
use crate::model::{ForwardConfig, ReplayProgress, ReplayRequest, Resign, RespondWith};
use crate::model::{
    HeaderMatch, Inbox, InboxChange, InboxConfig, InboxResponse, InboxVerify, ResponseHeader,
    ResponseRule, RuleMatch,
};
use crate::model::{Retention, Settings};
use crate::services::capture::content::{DecodedBody, Part};
use crate::signing::{
    Algorithm, Content, Encoding, HmacScheme, InvalidReason, KeyPair, LikelyCause, TimestampFormat,
    Verification,
};

/// Every exported type as (path relative to ui/src/bindings, contents).
pub fn render() -> Result<Vec<(String, String)>, ts_rs::ExportError> {
    let config = Config::default();
    Ok(vec![
        file::<ApiError>(&config)?,
        file::<ForwardConfig>(&config)?,
        file::<ReplayProgress>(&config)?,
        file::<ReplayRequest>(&config)?,
        file::<RespondWith>(&config)?,
        file::<Resign>(&config)?,
        file::<ApiErrorBody>(&config)?,
        file::<Body>(&config)?,
        file::<BodyEncoding>(&config)?,
        file::<Capture>(&config)?,
        file::<CaptureList>(&config)?,
        file::<CaptureSummary>(&config)?,
        file::<EngineEvent>(&config)?,
        file::<Header>(&config)?,
        file::<Status>(&config)?,
        file::<DeliveryRules>(&config)?,
        file::<SuccessRule>(&config)?,
        file::<Timestamps>(&config)?,
        file::<ValueSpec>(&config)?,
        file::<Detect>(&config)?,
        file::<Envelope>(&config)?,
        file::<Event>(&config)?,
        file::<EventInfo>(&config)?,
        file::<HeaderTemplate>(&config)?,
        file::<Provider>(&config)?,
        file::<ProviderSummary>(&config)?,
        file::<Sample>(&config)?,
        file::<UrlRules>(&config)?,
        file::<Violation>(&config)?,
        file::<Note>(&config)?,
        file::<ProviderSecret>(&config)?,
        file::<NewProviderSecret>(&config)?,
        file::<Preview>(&config)?,
        file::<PreviewRequest>(&config)?,
        file::<RenderedSample>(&config)?,
        file::<SavedSample>(&config)?,
        file::<serde_json::Value>(&config)?,
        file::<CaptureCheck>(&config)?,
        file::<CaptureFilter>(&config)?,
        file::<HeaderMatch>(&config)?,
        file::<Inbox>(&config)?,
        file::<InboxChange>(&config)?,
        file::<InboxConfig>(&config)?,
        file::<InboxResponse>(&config)?,
        file::<InboxVerify>(&config)?,
        file::<Removed>(&config)?,
        file::<ResponseHeader>(&config)?,
        file::<ResponseRule>(&config)?,
        file::<RuleMatch>(&config)?,
        file::<Retention>(&config)?,
        file::<Settings>(&config)?,
        file::<ReceiverSettings>(&config)?,
        file::<Theme>(&config)?,
        file::<DesktopSettings>(&config)?,
        file::<OutgoingSettings>(&config)?,
        file::<LastScreen>(&config)?,
        file::<CapturedResponse>(&config)?,
        file::<CheckRequest>(&config)?,
        file::<Algorithm>(&config)?,
        file::<Content>(&config)?,
        file::<Encoding>(&config)?,
        file::<HmacScheme>(&config)?,
        file::<InvalidReason>(&config)?,
        file::<LikelyCause>(&config)?,
        file::<TimestampFormat>(&config)?,
        file::<Verification>(&config)?,
        file::<DecodedBody>(&config)?,
        file::<Attempt>(&config)?,
        file::<crate::model::Redirect>(&config)?,
        file::<Delivery>(&config)?,
        file::<DeliveryDetail>(&config)?,
        file::<DeliveryFilter>(&config)?,
        file::<DeliveryList>(&config)?,
        file::<DeliverySource>(&config)?,
        file::<DeliveryStatus>(&config)?,
        file::<FieldFilter>(&config)?,
        file::<ReceivedResponse>(&config)?,
        file::<RetryPolicy>(&config)?,
        file::<SentRequest>(&config)?,
        file::<SkippedWebhook>(&config)?,
        file::<Timings>(&config)?,
        file::<TransportError>(&config)?,
        file::<TransportErrorKind>(&config)?,
        file::<TriggerRequest>(&config)?,
        file::<TriggerResult>(&config)?,
        file::<Webhook>(&config)?,
        file::<WebhookConfig>(&config)?,
        file::<Part>(&config)?,
        file::<EmulatorKey>(&config)?,
        file::<NewEmulatorKey>(&config)?,
        file::<CreatedEmulatorKey>(&config)?,
        file::<KeyPair>(&config)?,
        file::<KeyPairRequest>(&config)?,
    ])
}

fn file<T: TS + 'static>(config: &Config) -> Result<(String, String), ts_rs::ExportError> {
    let path = T::output_path()
        .map(|path| path.to_string_lossy().replace('\\', "/"))
        .unwrap_or_else(|| format!("{}.ts", T::ident(config)));
    Ok((path, T::export_to_string(config)?))
}
