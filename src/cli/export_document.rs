//! An export document written one capture at a time, so an export of any size needs the memory
//! of one capture. The same documents as `GET /api/export` (HAR 1.2, or Hookbench JSON).

use std::io::Write;

use serde::Serialize;
use serde_json::json;

use hookbench::base::clock::iso_millis;
use hookbench::model::Capture;
use hookbench::services::capture::export::har_entry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Har,
    Json,
}

pub struct DocumentWriter<W: Write> {
    out: Counted<W>,
    format: Format,
    receiver_url: String,
    written: usize,
}

impl<W: Write> DocumentWriter<W> {
    /// Writes the document's opening. `receiver_url` is what senders called (HAR request URLs).
    pub fn begin(out: W, format: Format, receiver_url: String) -> std::io::Result<Self> {
        let mut out = Counted {
            inner: out,
            bytes: 0,
        };
        let head = match format {
            Format::Har => format!(
                "{{\n  \"log\": {{\n    \"version\": \"1.2\",\n    \"creator\": {},\n    \
                 \"entries\": [",
                indented(
                    &json!({"name": "Hookbench", "version": hookbench::VERSION}),
                    4
                )?
            ),
            Format::Json => format!(
                "{{\n  \"hookbench\": {},\n  \"exported_at\": {},\n  \"captures\": [",
                json!(hookbench::VERSION),
                json!(iso_millis(hookbench::base::clock::now_millis()))
            ),
        };
        out.write_all(head.as_bytes())?;
        Ok(DocumentWriter {
            out,
            format,
            receiver_url,
            written: 0,
        })
    }

    pub fn write(&mut self, capture: &Capture) -> std::io::Result<()> {
        let item = match self.format {
            Format::Har => indented(&har_entry(capture, &self.receiver_url), self.depth())?,
            Format::Json => indented(capture, self.depth())?,
        };
        let separator = if self.written == 0 { "\n" } else { ",\n" };
        let pad = " ".repeat(self.depth());
        self.out
            .write_all(format!("{separator}{pad}{item}").as_bytes())?;
        self.written += 1;
        Ok(())
    }

    /// Closes and flushes the document; how many bytes it has.
    pub fn finish(mut self) -> std::io::Result<u64> {
        let tail = match self.format {
            Format::Har => "\n    ]\n  }\n}\n",
            Format::Json => "\n  ]\n}\n",
        };
        self.out.write_all(tail.as_bytes())?;
        self.out.flush()?;
        Ok(self.out.bytes)
    }

    pub fn bytes(&self) -> u64 {
        self.out.bytes
    }

    fn depth(&self) -> usize {
        match self.format {
            Format::Har => 6,
            Format::Json => 4,
        }
    }
}

/// Pretty JSON whose lines after the first are indented by `depth` spaces (JSON strings hold no
/// raw newline, so every newline is between tokens).
fn indented<T: Serialize + ?Sized>(value: &T, depth: usize) -> std::io::Result<String> {
    let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    Ok(text.replace('\n', &format!("\n{}", " ".repeat(depth))))
}

struct Counted<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_export_is_a_valid_document() {
        for format in [Format::Har, Format::Json] {
            let mut bytes = Vec::new();
            let writer = DocumentWriter::begin(&mut bytes, format, "http://x".into()).unwrap();
            let size = writer.finish().unwrap();
            assert_eq!(size, bytes.len() as u64);
            let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            match format {
                Format::Har => assert_eq!(value["log"]["entries"], json!([])),
                Format::Json => assert_eq!(value["captures"], json!([])),
            }
        }
    }
}
