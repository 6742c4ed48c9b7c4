//! The running instance's live events (`GET /api/events`, Server-Sent Events) for the CLI.

use futures_util::StreamExt;

use super::Client;
use crate::base::error::{Error, Result};
use crate::model::EngineEvent;

/// An open event stream; `next` yields engine events in order.
pub struct Events {
    stream: futures_util::stream::BoxStream<'static, reqwest::Result<bytes::Bytes>>,
    buffer: Vec<u8>,
    base: String,
}

impl Client {
    /// Subscribes to the instance's events. Events published after this returns are seen.
    pub async fn events(&self) -> Result<Events> {
        let url = format!("{}/api/events", self.base);
        let response = self
            .http
            .get(&url)
            .bearer_auth(&self.token)
            .header(reqwest::header::ACCEPT, "text/event-stream")
            .send()
            .await
            .map_err(|e| Error::Unreachable {
                url: self.base.clone(),
                message: e.to_string(),
            })?;
        if !response.status().is_success() {
            return Err(Error::Remote(format!(
                "the event stream answered {}",
                response.status()
            )));
        }
        let mut events = Events {
            stream: response.bytes_stream().boxed(),
            buffer: Vec::new(),
            base: self.base.clone(),
        };
        // The stream opens with `ready`: from then on nothing is missed.
        while events.next_message().await?.0 != "ready" {}
        Ok(events)
    }
}

impl Events {
    /// The next engine event; None when the client fell behind (`resync`: reload what you show).
    pub async fn next(&mut self) -> Result<Option<EngineEvent>> {
        loop {
            let (name, data) = self.next_message().await?;
            match name.as_str() {
                "resync" => return Ok(None),
                "ready" | "error" | "" => continue,
                _ => {
                    // An event this version does not know is skipped, not an error.
                    if let Ok(event) = serde_json::from_str::<EngineEvent>(&data) {
                        return Ok(Some(event));
                    }
                }
            }
        }
    }

    async fn next_message(&mut self) -> Result<(String, String)> {
        loop {
            if let Some(end) = find_blank_line(&self.buffer) {
                let block: Vec<u8> = self.buffer.drain(..end.0 + end.1).collect();
                return Ok(parse(&String::from_utf8_lossy(&block[..end.0])));
            }
            match self.stream.next().await {
                Some(Ok(chunk)) => self.buffer.extend_from_slice(&chunk),
                Some(Err(e)) => {
                    return Err(Error::Unreachable {
                        url: self.base.clone(),
                        message: format!("the event stream broke: {e}"),
                    })
                }
                None => {
                    return Err(Error::Unreachable {
                        url: self.base.clone(),
                        message: "the instance closed the event stream (did it stop?)".into(),
                    })
                }
            }
        }
    }
}

/// Where the first message ends: (its length, the separator's length).
fn find_blank_line(buffer: &[u8]) -> Option<(usize, usize)> {
    let lf = buffer.windows(2).position(|w| w == b"\n\n").map(|i| (i, 2));
    let crlf = buffer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, 4));
    match (lf, crlf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

fn parse(block: &str) -> (String, String) {
    let mut name = String::new();
    let mut data = Vec::new();
    for line in block.lines() {
        if let Some(value) = line.strip_prefix("event:") {
            name = value.trim().to_owned();
        } else if let Some(value) = line.strip_prefix("data:") {
            data.push(value.strip_prefix(' ').unwrap_or(value).to_owned());
        }
    }
    (name, data.join("\n"))
}
