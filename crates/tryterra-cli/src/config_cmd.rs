//! `terra config [show | path | set NAME …]`.

use crate::cli::{ConfigArgs, ConfigCommand};
use crate::config;
use crate::error::CliError;
use crate::out;

/// Runs `terra config …`.
pub fn run(args: ConfigArgs) -> Result<(), CliError> {
    let path = config::path()?;
    match args.command.unwrap_or(ConfigCommand::Show) {
        ConfigCommand::Path => out::print_text(&path.display().to_string()),
        ConfigCommand::Show => {
            let file = config::load(&path)?;
            let shown = toml::to_string_pretty(&config::redacted(&file))
                .map_err(|e| CliError::Failed(format!("cannot encode the config: {e}")))?;
            let exists = path.exists();
            let mut text = format!(
                "# {}{}\n",
                path.display(),
                if exists { "" } else { " (does not exist yet)" }
            );
            if file.profiles.is_empty() {
                text.push_str("# no profiles: add one with `terra config set NAME --base-url URL --dev-id ID --api-key-env VAR`\n");
            }
            text.push_str(&shown);
            out::print_text(&text)
        }
        ConfigCommand::Set {
            name,
            base_url,
            dev_id,
            api_key_env,
            api_key_stdin,
            default,
        } => {
            if name.trim().is_empty() {
                return Err(CliError::Usage("the profile name is empty".to_owned()));
            }
            let mut file = config::load(&path)?;
            let key = if api_key_stdin {
                let raw = crate::input::read_stdin()?;
                let key = String::from_utf8_lossy(&raw).trim().to_owned();
                if key.is_empty() {
                    return Err(CliError::Usage(
                        "--api-key-stdin: no key on stdin".to_owned(),
                    ));
                }
                Some(key)
            } else {
                None
            };
            let profile = file.profiles.entry(name.clone()).or_default();
            if let Some(u) = base_url {
                tryterra_core::Config::with_base_url(&u)
                    .map_err(|e| CliError::Usage(format!("--base-url: {e}")))?;
                profile.base_url = Some(u);
            }
            if let Some(d) = dev_id {
                profile.dev_id = Some(d);
            }
            if let Some(var) = api_key_env {
                profile.api_key_env = Some(var);
                profile.api_key = None;
            }
            if let Some(k) = key {
                profile.api_key = Some(k);
                profile.api_key_env = None;
            }
            if default {
                file.default_profile = Some(name.clone());
            }
            config::save(&path, &file)?;
            out::eline(&format!(
                "terra: profile `{name}` saved in {}",
                path.display()
            ));
            Ok(())
        }
    }
}
