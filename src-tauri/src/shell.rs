//! What the shell's parts share: the running engine and the settings they act on.

use std::sync::Mutex;

use hookbench::model::DesktopSettings;
use hookbench::receiver::slot::ReceiverSlot;
use hookbench::serve::Running;
use hookbench::Engine;

pub struct Shell {
    pub engine: Engine,
    pub receiver: ReceiverSlot,
    pub data_dir: String,
    /// The desktop settings as last saved, read by event handlers that cannot wait.
    pub desktop: Mutex<DesktopSettings>,
    pub zoom: Mutex<f64>,
    /// Taken out at exit to shut the engine down cleanly.
    pub running: Mutex<Option<Running>>,
}

impl Shell {
    pub fn new(running: Running, desktop: DesktopSettings) -> Shell {
        Shell {
            engine: running.engine().clone(),
            receiver: running.receiver().clone(),
            data_dir: running
                .engine()
                .data_dir()
                .map(|dir| dir.display().to_string())
                .unwrap_or_default(),
            desktop: Mutex::new(desktop),
            zoom: Mutex::new(1.0),
            running: Mutex::new(Some(running)),
        }
    }

    pub fn receiver_url(&self) -> String {
        hookbench::base::net::url_of(self.receiver.local_addr())
    }

    pub fn desktop(&self) -> DesktopSettings {
        self.desktop.lock().map(|d| *d).unwrap_or_default()
    }
}
