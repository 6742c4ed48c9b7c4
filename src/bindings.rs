//! The TypeScript bindings of the types the UI shares with the engine (ui/src/bindings/).
//! `make bindings` writes them; a test fails when the committed files drift.

use ts_rs::{Config, TS};

use crate::model::{
    ApiError, ApiErrorBody, Body, BodyEncoding, Capture, CaptureList, CaptureSummary, EngineEvent,
    Header, Status,
};

/// Every exported type as (file name, contents).
pub fn render() -> Result<Vec<(String, String)>, ts_rs::ExportError> {
    let config = Config::default();
    Ok(vec![
        file::<ApiError>(&config)?,
        file::<ApiErrorBody>(&config)?,
        file::<Body>(&config)?,
        file::<BodyEncoding>(&config)?,
        file::<Capture>(&config)?,
        file::<CaptureList>(&config)?,
        file::<CaptureSummary>(&config)?,
        file::<EngineEvent>(&config)?,
        file::<Header>(&config)?,
        file::<Status>(&config)?,
    ])
}

fn file<T: TS + 'static>(config: &Config) -> Result<(String, String), ts_rs::ExportError> {
    Ok((
        format!("{}.ts", T::ident(config)),
        T::export_to_string(config)?,
    ))
}
