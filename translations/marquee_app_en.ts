<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Marquee::App::DaemonClient</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Marquee::App::DaemonPanel</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Local marqueed, started by the app</source>
        <translation>&amp;Local marqueed, started by the app</translation>
    </message>
    <message>
        <source>&amp;Remote daemon</source>
        <translation>&amp;Remote daemon</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>The local daemon&apos;s log appears here.</source>
        <translation>The local daemon&apos;s log appears here.</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>Re&amp;fresh status</translation>
    </message>
    <message>
        <source>/ready</source>
        <translation>/ready</translation>
    </message>
    <message>
        <source>/stats</source>
        <translation>/stats</translation>
    </message>
    <message>
        <source>Local daemon listening on %1</source>
        <translation>Local daemon listening on %1</translation>
    </message>
    <message>
        <source>Choose the marqueed program</source>
        <translation>Choose the marqueed program</translation>
    </message>
    <message>
        <source>found next to the app or on PATH</source>
        <translation>found next to the app or on PATH</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <source>the daemon&apos;s defaults (~/.local/share/marquee, ~/.cache/marquee)</source>
        <translation>the daemon&apos;s defaults (~/.local/share/marquee, ~/.cache/marquee)</translation>
    </message>
    <message>
        <source>Holds the daemon&apos;s database, user presets and cache (in its cache folder).</source>
        <translation>Holds the daemon&apos;s database, user presets and cache (in its cache folder).</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>&amp;Data directory:</translation>
    </message>
    <message>
        <source>marqueed program</source>
        <translation>marqueed program</translation>
    </message>
    <message>
        <source>only needed when the daemon has ACCESS_KEY</source>
        <translation>only needed when the daemon has ACCESS_KEY</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>Access &amp;key:</translation>
    </message>
    <message>
        <source>marqueed not found: set its path above.</source>
        <translation>marqueed not found: set its path above.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starting %1…</translation>
    </message>
    <message>
        <source>Stopping the local daemon…</source>
        <translation>Stopping the local daemon…</translation>
    </message>
    <message>
        <source>No daemon answers at %1 (%2).</source>
        <translation>No daemon answers at %1 (%2).</translation>
    </message>
    <message>
        <source>Connected to %1 — ready.</source>
        <translation>Connected to %1 — ready.</translation>
    </message>
    <message>
        <source>Connected to %1 — not ready (%2).</source>
        <translation>Connected to %1 — not ready (%2).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>Marquee::App::DaemonProcess</name>
    <message>
        <source>marqueed could not be started: %1</source>
        <translation>marqueed could not be started: %1</translation>
    </message>
    <message>
        <source>marqueed crashed</source>
        <translation>marqueed crashed</translation>
    </message>
    <message>
        <source>marqueed exited with status %1</source>
        <translation>marqueed exited with status %1</translation>
    </message>
</context>
<context>
    <name>Marquee::App::MainWindow</name>
    <message>
        <source>Marquee — poster configurator</source>
        <translation>Marquee — poster configurator</translation>
    </message>
    <message>
        <source>Loaded preset “%1”.</source>
        <translation>Loaded preset “%1”.</translation>
    </message>
    <message>
        <source>Editing configuration:</source>
        <translation>Editing configuration:</translation>
    </message>
    <message>
        <source>&amp;A</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>&amp;B</source>
        <translation>&amp;B</translation>
    </message>
    <message>
        <source>Edit configuration A (Ctrl+1)</source>
        <translation>Edit configuration A (Ctrl+1)</translation>
    </message>
    <message>
        <source>Edit configuration B (Ctrl+2)</source>
        <translation>Edit configuration B (Ctrl+2)</translation>
    </message>
    <message>
        <source>Co&amp;mpare A/B</source>
        <translation>Co&amp;mpare A/B</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>R&amp;eset</translation>
    </message>
    <message>
        <source>Reset the configuration being edited to the server defaults</source>
        <translation>Reset the configuration being edited to the server defaults</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Presets</translation>
    </message>
    <message>
        <source>&amp;Daemon</source>
        <translation>&amp;Daemon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import URL…</source>
        <translation>&amp;Import URL…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Copy /&amp;poster URL</source>
        <translation>Copy /&amp;poster URL</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy /p U&amp;RL</source>
        <translation>Copy /p U&amp;RL</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Copy RP&amp;DB URL</source>
        <translation>Copy RP&amp;DB URL</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find title</source>
        <translation>&amp;Find title</translation>
    </message>
    <message>
        <source>Edit configuration &amp;A</source>
        <translation>Edit configuration &amp;A</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Edit configuration &amp;B</source>
        <translation>Edit configuration &amp;B</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Compare A/B</source>
        <translation>&amp;Compare A/B</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Copy A → B</source>
        <translation>Copy A → B</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Reset to defaults</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation>&amp;About Marquee</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>About Marquee</source>
        <translation>About Marquee</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configure rated posters and preview them exactly as the daemon renders them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configure rated posters and preview them exactly as the daemon renders them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported a %1 URL: %n setting(s) differ from the defaults.</source>
        <translation>
            <numerusform>Imported a %1 URL: %n setting differs from the defaults.</numerusform>
            <numerusform>Imported a %1 URL: %n settings differ from the defaults.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamEditor</name>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Pick a colour</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>Match the score</translation>
    </message>
    <message>
        <source>language code, e.g. en or pt-br</source>
        <translation>language code, e.g. en or pt-br</translation>
    </message>
    <message>
        <source>Ticked sashes in this order; drag or press Ctrl+Up/Ctrl+Down to reorder.</source>
        <translation>Ticked sashes in this order; drag or press Ctrl+Up/Ctrl+Down to reorder.</translation>
    </message>
    <message>
        <source>Default order</source>
        <translation>Default order</translation>
    </message>
    <message>
        <source>Own weights (otherwise the server&apos;s)</source>
        <translation>Own weights (otherwise the server&apos;s)</translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamForm</name>
    <message>
        <source>URL parameter %1, default “%2”%3</source>
        <translation>URL parameter %1, default “%2”%3</translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamLabels</name>
    <message>
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <source>Landscape art</source>
        <translation>Landscape art</translation>
    </message>
    <message>
        <source>Landscape badge position</source>
        <translation>Landscape badge position</translation>
    </message>
    <message>
        <source>Fallback poster style</source>
        <translation>Fallback poster style</translation>
    </message>
    <message>
        <source>Top vignette</source>
        <translation>Top vignette</translation>
    </message>
    <message>
        <source>Bottom vignette</source>
        <translation>Bottom vignette</translation>
    </message>
    <message>
        <source>Top vignette opacity</source>
        <translation>Top vignette opacity</translation>
    </message>
    <message>
        <source>Top vignette height</source>
        <translation>Top vignette height</translation>
    </message>
    <message>
        <source>Bottom vignette opacity</source>
        <translation>Bottom vignette opacity</translation>
    </message>
    <message>
        <source>Bottom vignette height</source>
        <translation>Bottom vignette height</translation>
    </message>
    <message>
        <source>Top vignette only with a sash</source>
        <translation>Top vignette only with a sash</translation>
    </message>
    <message>
        <source>Top vignette colour from poster</source>
        <translation>Top vignette colour from poster</translation>
    </message>
    <message>
        <source>Bottom vignette colour from poster</source>
        <translation>Bottom vignette colour from poster</translation>
    </message>
    <message>
        <source>Vignette colour saturation</source>
        <translation>Vignette colour saturation</translation>
    </message>
    <message>
        <source>Vignette colour lightness</source>
        <translation>Vignette colour lightness</translation>
    </message>
    <message>
        <source>Vignette colour blur</source>
        <translation>Vignette colour blur</translation>
    </message>
    <message>
        <source>Two-tone vignette</source>
        <translation>Two-tone vignette</translation>
    </message>
    <message>
        <source>Blend into nearby art</source>
        <translation>Blend into nearby art</translation>
    </message>
    <message>
        <source>Rating display mode</source>
        <translation>Rating display mode</translation>
    </message>
    <message>
        <source>Colour palette</source>
        <translation>Colour palette</translation>
    </message>
    <message>
        <source>Custom palette</source>
        <translation>Custom palette</translation>
    </message>
    <message>
        <source>Rating text colour</source>
        <translation>Rating text colour</translation>
    </message>
    <message>
        <source>Hide genre</source>
        <translation>Hide genre</translation>
    </message>
    <message>
        <source>Accent bar font size</source>
        <translation>Accent bar font size</translation>
    </message>
    <message>
        <source>Accent bar text position</source>
        <translation>Accent bar text position</translation>
    </message>
    <message>
        <source>Accent bar label suffix</source>
        <translation>Accent bar label suffix</translation>
    </message>
    <message>
        <source>Accent bar position</source>
        <translation>Accent bar position</translation>
    </message>
    <message>
        <source>Glow threshold</source>
        <translation>Glow threshold</translation>
    </message>
    <message>
        <source>Glow blur</source>
        <translation>Glow blur</translation>
    </message>
    <message>
        <source>Glow brightness</source>
        <translation>Glow brightness</translation>
    </message>
    <message>
        <source>Glow colour</source>
        <translation>Glow colour</translation>
    </message>
    <message>
        <source>Score font size</source>
        <translation>Score font size</translation>
    </message>
    <message>
        <source>Score position</source>
        <translation>Score position</translation>
    </message>
    <message>
        <source>Score out of 10</source>
        <translation>Score out of 10</translation>
    </message>
    <message>
        <source>Minimalist font size</source>
        <translation>Minimalist font size</translation>
    </message>
    <message>
        <source>Minimalist horizontal position</source>
        <translation>Minimalist horizontal position</translation>
    </message>
    <message>
        <source>Minimalist vertical position</source>
        <translation>Minimalist vertical position</translation>
    </message>
    <message>
        <source>Minimalist append</source>
        <translation>Minimalist append</translation>
    </message>
    <message>
        <source>Minimalist score out of 10</source>
        <translation>Minimalist score out of 10</translation>
    </message>
    <message>
        <source>Centre under the logo</source>
        <translation>Centre under the logo</translation>
    </message>
    <message>
        <source>Minimalist separator</source>
        <translation>Minimalist separator</translation>
    </message>
    <message>
        <source>Minimalist rating separator</source>
        <translation>Minimalist rating separator</translation>
    </message>
    <message>
        <source>Bar style</source>
        <translation>Bar style</translation>
    </message>
    <message>
        <source>Rating bar colour</source>
        <translation>Rating bar colour</translation>
    </message>
    <message>
        <source>Bar append</source>
        <translation>Bar append</translation>
    </message>
    <message>
        <source>Bar score out of 10</source>
        <translation>Bar score out of 10</translation>
    </message>
    <message>
        <source>Bar height</source>
        <translation>Bar height</translation>
    </message>
    <message>
        <source>Bar font size</source>
        <translation>Bar font size</translation>
    </message>
    <message>
        <source>Bar opacity</source>
        <translation>Bar opacity</translation>
    </message>
    <message>
        <source>Bar colour saturation</source>
        <translation>Bar colour saturation</translation>
    </message>
    <message>
        <source>Bar inset from bottom</source>
        <translation>Bar inset from bottom</translation>
    </message>
    <message>
        <source>Reference colour</source>
        <translation>Reference colour</translation>
    </message>
    <message>
        <source>Textless art</source>
        <translation>Textless art</translation>
    </message>
    <message>
        <source>Original art</source>
        <translation>Original art</translation>
    </message>
    <message>
        <source>Original art source</source>
        <translation>Original art source</translation>
    </message>
    <message>
        <source>Logo language</source>
        <translation>Logo language</translation>
    </message>
    <message>
        <source>Secondary logo language</source>
        <translation>Secondary logo language</translation>
    </message>
    <message>
        <source>Language priority</source>
        <translation>Language priority</translation>
    </message>
    <message>
        <source>Logo width</source>
        <translation>Logo width</translation>
    </message>
    <message>
        <source>Logo height</source>
        <translation>Logo height</translation>
    </message>
    <message>
        <source>Logo position</source>
        <translation>Logo position</translation>
    </message>
    <message>
        <source>Anchor logo at its bottom</source>
        <translation>Anchor logo at its bottom</translation>
    </message>
    <message>
        <source>Info sash mode</source>
        <translation>Info sash mode</translation>
    </message>
    <message>
        <source>Sash priority</source>
        <translation>Sash priority</translation>
    </message>
    <message>
        <source>Muted sashes</source>
        <translation>Muted sashes</translation>
    </message>
    <message>
        <source>Sash colour from poster</source>
        <translation>Sash colour from poster</translation>
    </message>
    <message>
        <source>Sash distance from corner</source>
        <translation>Sash distance from corner</translation>
    </message>
    <message>
        <source>Sash size</source>
        <translation>Sash size</translation>
    </message>
    <message>
        <source>Winner star</source>
        <translation>Winner star</translation>
    </message>
    <message>
        <source>Sash text colour</source>
        <translation>Sash text colour</translation>
    </message>
    <message>
        <source>Notch style</source>
        <translation>Notch style</translation>
    </message>
    <message>
        <source>Notch width</source>
        <translation>Notch width</translation>
    </message>
    <message>
        <source>Notch height</source>
        <translation>Notch height</translation>
    </message>
    <message>
        <source>Notch padding</source>
        <translation>Notch padding</translation>
    </message>
    <message>
        <source>Notch inset</source>
        <translation>Notch inset</translation>
    </message>
    <message>
        <source>Notch font size</source>
        <translation>Notch font size</translation>
    </message>
    <message>
        <source>Notch opacity</source>
        <translation>Notch opacity</translation>
    </message>
    <message>
        <source>Notch colour saturation</source>
        <translation>Notch colour saturation</translation>
    </message>
    <message>
        <source>Match tinted vignette</source>
        <translation>Match tinted vignette</translation>
    </message>
    <message>
        <source>Greyscale poster if unavailable</source>
        <translation>Greyscale poster if unavailable</translation>
    </message>
    <message>
        <source>Consider available if a source is found</source>
        <translation>Consider available if a source is found</translation>
    </message>
    <message>
        <source>Release status: unavailable only</source>
        <translation>Release status: unavailable only</translation>
    </message>
    <message>
        <source>Release status: show date</source>
        <translation>Release status: show date</translation>
    </message>
    <message>
        <source>Quality display mode</source>
        <translation>Quality display mode</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>Badge size</translation>
    </message>
    <message>
        <source>Badge gap</source>
        <translation>Badge gap</translation>
    </message>
    <message>
        <source>Badge horizontal position</source>
        <translation>Badge horizontal position</translation>
    </message>
    <message>
        <source>Badge vertical position</source>
        <translation>Badge vertical position</translation>
    </message>
    <message>
        <source>Minimum quality</source>
        <translation>Minimum quality</translation>
    </message>
    <message>
        <source>Stacked layout</source>
        <translation>Stacked layout</translation>
    </message>
    <message>
        <source>Wait for quality</source>
        <translation>Wait for quality</translation>
    </message>
    <message>
        <source>Greyscale if no quality</source>
        <translation>Greyscale if no quality</translation>
    </message>
    <message>
        <source>Movie weights</source>
        <translation>Movie weights</translation>
    </message>
    <message>
        <source>TV weights</source>
        <translation>TV weights</translation>
    </message>
    <message>
        <source>Anime movie weights</source>
        <translation>Anime movie weights</translation>
    </message>
    <message>
        <source>Anime TV weights</source>
        <translation>Anime TV weights</translation>
    </message>
    <message>
        <source>Fall back to IMDb</source>
        <translation>Fall back to IMDb</translation>
    </message>
    <message>
        <source>IMDb rating source</source>
        <translation>IMDb rating source</translation>
    </message>
    <message>
        <source>TMDB rating source</source>
        <translation>TMDB rating source</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Accent bar</source>
        <translation>Accent bar</translation>
    </message>
    <message>
        <source>Numeric score</source>
        <translation>Numeric score</translation>
    </message>
    <message>
        <source>Minimalist line</source>
        <translation>Minimalist line</translation>
    </message>
    <message>
        <source>Rating bar</source>
        <translation>Rating bar</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark/light</source>
        <translation>Dark/light</translation>
    </message>
    <message>
        <source>Prestige</source>
        <translation>Prestige</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Info sash</source>
        <translation>Info sash</translation>
    </message>
    <message>
        <source>Year and info sash</source>
        <translation>Year and info sash</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Quality and age rating</source>
        <translation>Quality and age rating</translation>
    </message>
    <message>
        <source>Quality badge row</source>
        <translation>Quality badge row</translation>
    </message>
    <message>
        <source>Age rating only</source>
        <translation>Age rating only</translation>
    </message>
    <message>
        <source>Quality notch</source>
        <translation>Quality notch</translation>
    </message>
    <message>
        <source>Combined badge</source>
        <translation>Combined badge</translation>
    </message>
    <message>
        <source>Quality bookmark</source>
        <translation>Quality bookmark</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Textless</source>
        <translation>Textless</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Top left</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Top right</translation>
    </message>
    <message>
        <source>Beside the logo</source>
        <translation>Beside the logo</translation>
    </message>
    <message>
        <source>Textured backdrop</source>
        <translation>Textured backdrop</translation>
    </message>
    <message>
        <source>Photorealistic</source>
        <translation>Photorealistic</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Bullet</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Star</translation>
    </message>
    <message>
        <source>Frosted</source>
        <translation>Frosted</translation>
    </message>
    <message>
        <source>Pure black</source>
        <translation>Pure black</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Rating black</source>
        <translation>Rating black</translation>
    </message>
    <message>
        <source>Rating frosted</source>
        <translation>Rating frosted</translation>
    </message>
    <message>
        <source>Colour sample</source>
        <translation>Colour sample</translation>
    </message>
    <message>
        <source>Light palette</source>
        <translation>Light palette</translation>
    </message>
    <message>
        <source>Dark/light palette</source>
        <translation>Dark/light palette</translation>
    </message>
    <message>
        <source>Prestige palette</source>
        <translation>Prestige palette</translation>
    </message>
    <message>
        <source>Rating and year</source>
        <translation>Rating and year</translation>
    </message>
    <message>
        <source>Sash</source>
        <translation>Sash</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Top rated</source>
        <translation>Top rated</translation>
    </message>
    <message>
        <source>Native, then original</source>
        <translation>Native, then original</translation>
    </message>
    <message>
        <source>Original, then native</source>
        <translation>Original, then native</translation>
    </message>
    <message>
        <source>Native if the original is English</source>
        <translation>Native if the original is English</translation>
    </message>
    <message>
        <source>Native, else title text</source>
        <translation>Native, else title text</translation>
    </message>
    <message>
        <source>Native, custom, else text</source>
        <translation>Native, custom, else text</translation>
    </message>
    <message>
        <source>Native, custom, original, else text</source>
        <translation>Native, custom, original, else text</translation>
    </message>
    <message>
        <source>Notch</source>
        <translation>Notch</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <source>MDBList</source>
        <translation>MDBList</translation>
    </message>
    <message>
        <source>IMDb dataset</source>
        <translation>IMDb dataset</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Direct (TMDB)</source>
        <translation>Direct (TMDB)</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>Match the score</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetClient</name>
    <message>
        <source>A preset name is 1–40 characters: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>A preset name is 1–40 characters: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>That name belongs to a built-in preset.</source>
        <translation>That name belongs to a built-in preset.</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetPanel</name>
    <message>
        <source>&amp;New from current…</source>
        <translation>&amp;New from current…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <translation>&amp;Load into editor</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>User presets are stored by the daemon and served at /p/{name}/… and as an RPDB key. Built-in presets are read-only; duplicate one to change it.</source>
        <translation>User presets are stored by the daemon and served at /p/{name}/… and as an RPDB key. Built-in presets are read-only; duplicate one to change it.</translation>
    </message>
    <message>
        <source>%1 — %2 (built-in)</source>
        <translation>%1 — %2 (built-in)</translation>
    </message>
    <message>
        <source>Could not list the daemon&apos;s presets: %1</source>
        <translation>Could not list the daemon&apos;s presets: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user preset(s) on the daemon.</source>
        <translation>
            <numerusform>%n user preset on the daemon.</numerusform>
            <numerusform>%n user presets on the daemon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”.</source>
        <translation>Unknown preset “%1”.</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Not duplicated: %1</translation>
    </message>
    <message>
        <source>Copied “%1” to “%2”.</source>
        <translation>Copied “%1” to “%2”.</translation>
    </message>
    <message>
        <source>Only user presets can be renamed.</source>
        <translation>Only user presets can be renamed.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Not renamed: %1</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Renamed “%1” to “%2”.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>Name (a–z, 0–9, &apos;_&apos; or &apos;-&apos;; up to 40):</source>
        <translation>Name (a–z, 0–9, &apos;_&apos; or &apos;-&apos;; up to 40):</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>New preset</translation>
    </message>
    <message>
        <source>Duplicate preset</source>
        <translation>Duplicate preset</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Rename preset</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Delete preset</translation>
    </message>
    <message>
        <source>Delete the preset “%1” from the daemon?</source>
        <translation>Delete the preset “%1” from the daemon?</translation>
    </message>
    <message>
        <source>Names from /server-caps only: the daemon wants an access key to show or change them (%1).</source>
        <translation>Names from /server-caps only: the daemon wants an access key to show or change them (%1).</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PreviewPane</name>
    <message>
        <source>%1 × %2 · rendered in %3 ms</source>
        <translation>%1 × %2 · rendered in %3 ms</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Preview failed: %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
</context>
<context>
    <name>Marquee::App::TitleSearch</name>
    <message>
        <source>Local library (offline)</source>
        <translation>Local library (offline)</translation>
    </message>
    <message>
        <source>TMDB (with your key)</source>
        <translation>TMDB (with your key)</translation>
    </message>
    <message>
        <source>Daemon /search</source>
        <translation>Daemon /search</translation>
    </message>
    <message>
        <source>Title, tt… or TMDB id (Ctrl+F)</source>
        <translation>Title, tt… or TMDB id (Ctrl+F)</translation>
    </message>
    <message>
        <source>needed for TMDB titles</source>
        <translation>needed for TMDB titles</translation>
    </message>
    <message>
        <source>optional: ratings for TMDB titles</source>
        <translation>optional: ratings for TMDB titles</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <source>T&amp;MDB key:</source>
        <translation>T&amp;MDB key:</translation>
    </message>
    <message>
        <source>MD&amp;BList key:</source>
        <translation>MD&amp;BList key:</translation>
    </message>
    <message>
        <source>Previewing: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Previewing: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter a TMDB key to search TMDB.</source>
        <translation>Enter a TMDB key to search TMDB.</translation>
    </message>
    <message>
        <source>TMDB did not answer.</source>
        <translation>TMDB did not answer.</translation>
    </message>
    <message>
        <source>TMDB answered HTTP %1.</source>
        <translation>TMDB answered HTTP %1.</translation>
    </message>
    <message>
        <source>The daemon&apos;s search failed: %1</source>
        <translation>The daemon&apos;s search failed: %1</translation>
    </message>
    <message>
        <source>No titles found.</source>
        <translation>No titles found.</translation>
    </message>
</context>
<context>
    <name>Marquee::App::UrlPanel</name>
    <message>
        <source>Use {tmdb_id}</source>
        <translation>Use {tmdb_id}</translation>
    </message>
    <message>
        <source>Paste a /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg URL</source>
        <translation>Paste a /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg URL</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Templates name the title by {tmdb_id} instead of {imdb_id}.</source>
        <translation>Templates name the title by {tmdb_id} instead of {imdb_id}.</translation>
    </message>
    <message>
        <source>Import &amp;URL:</source>
        <translation>Import &amp;URL:</translation>
    </message>
    <message>
        <source>Pr&amp;eset for /p and RPDB:</source>
        <translation>Pr&amp;eset for /p and RPDB:</translation>
    </message>
    <message>
        <source>/poster template:</source>
        <translation>/poster template:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>/p template:</source>
        <translation>/p template:</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>RPDB template:</source>
        <translation>RPDB template:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy this URL to the clipboard</source>
        <translation>Copy this URL to the clipboard</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>marquee</name>
    <message>
        <source>The preview did not finish in time; the screenshot may be incomplete.</source>
        <translation>The preview did not finish in time; the screenshot may be incomplete.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Cannot write the screenshot %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>Marquee configurator: design rated posters and copy their URLs.</source>
        <translation>Marquee configurator: design rated posters and copy their URLs.</translation>
    </message>
    <message>
        <source>Write a PNG of the main window (fresh settings) and exit.</source>
        <translation>Write a PNG of the main window (fresh settings) and exit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Preview this title (tt… id) at start.</source>
        <translation>Preview this title (tt… id) at start.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Show configuration B from this built-in preset beside A.</source>
        <translation>Show configuration B from this built-in preset beside A.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <source>Keep the app&apos;s state in this INI file.</source>
        <translation>Keep the app&apos;s state in this INI file.</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Unknown preset &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Open this parameter tab (1–6) at start.</source>
        <translation>Open this parameter tab (1–6) at start.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
</context>
</TS>
