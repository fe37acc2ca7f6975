presets --json
