//! A forward's or replay's attempt, prepared from its plan: the plan's request (re-signed now
//! when the plan says so), sent under the instance's reach rules and judged by the plan's retry
//! policy. A forward or replay has no webhook: a 410 is simply final.

use super::plan::Plan;
use super::Relays;
use crate::base::clock::now_millis;
use crate::base::error::Result;
use crate::catalog::SuccessRule;
use crate::model::{Delivery, DeliverySource};
use crate::services::delivery::{Judging, Planned, Plans, Prepared};
use crate::store::OutboxItem;

impl Plans for Relays {
    fn prepare(&self, item: &OutboxItem, plan: &str) -> Result<Planned> {
        let plan = Plan::decode(plan)?;
        let key = &item.delivery.webhook_id;
        if let Some(at) = self.pace(key, plan.min_interval_ms, now_millis()) {
            return Ok(Planned::Later(at));
        }
        let request = match plan.request(&item.payload, &item.delivery.message_id) {
            Ok(request) => request,
            Err(e) => {
                return Ok(Planned::Refused(format!(
                    "the request could not be built: {e}"
                )))
            }
        };
        Ok(Planned::Send(Box::new(self.prepared(
            &plan,
            request,
            item.delivery.source,
        ))))
    }

    fn changed(&self, deliveries: &[Delivery]) {
        let mut keys: Vec<String> = deliveries
            .iter()
            .filter(|d| d.source == DeliverySource::Replay)
            .map(|d| d.webhook_id.clone())
            .collect();
        keys.dedup();
        if keys.is_empty() || !self.bus.has_subscribers() {
            return;
        }
        let relays = self.clone();
        tokio::spawn(async move {
            for key in keys {
                relays.announce_replay(&key).await;
            }
        });
    }
}

impl Relays {
    /// A plan's attempt of `request`, ready to send.
    pub(super) fn prepared(
        &self,
        plan: &Plan,
        request: crate::services::delivery::http::HttpRequest,
        source: DeliverySource,
    ) -> Prepared {
        let reach = self
            .deliveries
            .rules()
            .reach(source, plan.allow_private_network);
        Prepared {
            request,
            options: plan.send_options(reach),
            judging: judging(plan),
        }
    }
}

/// What a plan's answers are judged by: its retry policy; any 2xx delivers, redirects are the
/// answer, and a 410 is final (there is no webhook to turn off).
pub(super) fn judging(plan: &Plan) -> Judging {
    Judging {
        retry: plan.retry.clone(),
        retry_client_errors: false,
        success: SuccessRule::AnyTwoHundred,
        provider_name: String::new(),
        follow_redirects: false,
        webhook: false,
    }
}
