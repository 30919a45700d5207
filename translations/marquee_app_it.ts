<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
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
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>&amp;Local marqueed, started by the app</source>
        <translation>marqueed &amp;locale, avviato dall&apos;app</translation>
    </message>
    <message>
        <source>&amp;Remote daemon</source>
        <translation>Daemon &amp;remoto</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Ar&amp;resta</translation>
    </message>
    <message>
        <source>The local daemon&apos;s log appears here.</source>
        <translation>Il log del daemon locale appare qui.</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>A&amp;ggiorna stato</translation>
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
        <translation>Daemon locale in ascolto su %1</translation>
    </message>
    <message>
        <source>Choose the marqueed program</source>
        <translation>Scegli il programma marqueed</translation>
    </message>
    <message>
        <source>found next to the app or on PATH</source>
        <translation>cercato accanto all&apos;app o nel PATH</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualsiasi porta libera</translation>
    </message>
    <message>
        <source>the daemon&apos;s defaults (~/.local/share/marquee, ~/.cache/marquee)</source>
        <translation>i valori predefiniti del daemon (~/.local/share/marquee, ~/.cache/marquee)</translation>
    </message>
    <message>
        <source>Holds the daemon&apos;s database, user presets and cache (in its cache folder).</source>
        <translation>Contiene il database del daemon, i preset utente e la cache (nella sua cartella cache).</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>Cartella &amp;dati:</translation>
    </message>
    <message>
        <source>marqueed program</source>
        <translation>Programma marqueed</translation>
    </message>
    <message>
        <source>only needed when the daemon has ACCESS_KEY</source>
        <translation>necessaria solo se il daemon ha ACCESS_KEY</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>&amp;Chiave di accesso:</translation>
    </message>
    <message>
        <source>marqueed not found: set its path above.</source>
        <translation>marqueed non trovato: indica il suo percorso qui sopra.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Avvio di %1…</translation>
    </message>
    <message>
        <source>Stopping the local daemon…</source>
        <translation>Arresto del daemon locale…</translation>
    </message>
    <message>
        <source>No daemon answers at %1 (%2).</source>
        <translation>Nessun daemon risponde su %1 (%2).</translation>
    </message>
    <message>
        <source>Connected to %1 — ready.</source>
        <translation>Connesso a %1 — pronto.</translation>
    </message>
    <message>
        <source>Connected to %1 — not ready (%2).</source>
        <translation>Connesso a %1 — non pronto (%2).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
</context>
<context>
    <name>Marquee::App::DaemonProcess</name>
    <message>
        <source>marqueed could not be started: %1</source>
        <translation>Impossibile avviare marqueed: %1</translation>
    </message>
    <message>
        <source>marqueed crashed</source>
        <translation>marqueed si è arrestato in modo anomalo</translation>
    </message>
    <message>
        <source>marqueed exited with status %1</source>
        <translation>marqueed è terminato con stato %1</translation>
    </message>
</context>
<context>
    <name>Marquee::App::MainWindow</name>
    <message>
        <source>Marquee — poster configurator</source>
        <translation>Marquee — configuratore di poster</translation>
    </message>
    <message>
        <source>Loaded preset “%1”.</source>
        <translation>Preset “%1” caricato.</translation>
    </message>
    <message>
        <source>Editing configuration:</source>
        <translation>Configurazione in modifica:</translation>
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
        <translation>Modifica la configurazione A (Ctrl+1)</translation>
    </message>
    <message>
        <source>Edit configuration B (Ctrl+2)</source>
        <translation>Modifica la configurazione B (Ctrl+2)</translation>
    </message>
    <message>
        <source>Co&amp;mpare A/B</source>
        <translation>Co&amp;nfronta A/B</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>R&amp;ipristina</translation>
    </message>
    <message>
        <source>Reset the configuration being edited to the server defaults</source>
        <translation>Ripristina i valori predefiniti del server nella configurazione in modifica</translation>
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
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Preset</translation>
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
        <translation>&amp;Importa URL…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Copy /&amp;poster URL</source>
        <translation>Copia URL /&amp;poster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy /p U&amp;RL</source>
        <translation>Copia U&amp;RL /p</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Copy RP&amp;DB URL</source>
        <translation>Copia URL RP&amp;DB</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Find title</source>
        <translation>&amp;Cerca titolo</translation>
    </message>
    <message>
        <source>Edit configuration &amp;A</source>
        <translation>Modifica configurazione &amp;A</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Edit configuration &amp;B</source>
        <translation>Modifica configurazione &amp;B</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Compare A/B</source>
        <translation>&amp;Confronta A/B</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Copy A → B</source>
        <translation>Copia A → B</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Ripristina i valori predefiniti</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation>&amp;Informazioni su Marquee</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>About Marquee</source>
        <translation>Informazioni su Marquee</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configure rated posters and preview them exactly as the daemon renders them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configura poster con valutazioni e visualizzane l&apos;anteprima esattamente come li genera il daemon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Importazione non riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported a %1 URL: %n setting(s) differ from the defaults.</source>
        <translation>
            <numerusform>URL %1 importato: %n impostazione differisce dai valori predefiniti.</numerusform>
            <numerusform>URL %1 importato: %n impostazioni differiscono dai valori predefiniti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamEditor</name>
    <message>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Scegli un colore</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>In base al punteggio</translation>
    </message>
    <message>
        <source>language code, e.g. en or pt-br</source>
        <translation>codice lingua, ad es. en o pt-br</translation>
    </message>
    <message>
        <source>Ticked sashes in this order; drag or press Ctrl+Up/Ctrl+Down to reorder.</source>
        <translation>Fasce selezionate in quest&apos;ordine; trascina o premi Ctrl+Su/Ctrl+Giù per riordinare.</translation>
    </message>
    <message>
        <source>Default order</source>
        <translation>Ordine predefinito</translation>
    </message>
    <message>
        <source>Own weights (otherwise the server&apos;s)</source>
        <translation>Pesi propri (altrimenti quelli del server)</translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamForm</name>
    <message>
        <source>URL parameter %1, default “%2”%3</source>
        <translation>Parametro URL %1, predefinito “%2”%3</translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamLabels</name>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Landscape art</source>
        <translation>Immagine orizzontale</translation>
    </message>
    <message>
        <source>Landscape badge position</source>
        <translation>Posizione del badge (orizzontale)</translation>
    </message>
    <message>
        <source>Fallback poster style</source>
        <translation>Stile del poster di riserva</translation>
    </message>
    <message>
        <source>Top vignette</source>
        <translation>Vignettatura superiore</translation>
    </message>
    <message>
        <source>Bottom vignette</source>
        <translation>Vignettatura inferiore</translation>
    </message>
    <message>
        <source>Top vignette opacity</source>
        <translation>Opacità della vignettatura superiore</translation>
    </message>
    <message>
        <source>Top vignette height</source>
        <translation>Altezza della vignettatura superiore</translation>
    </message>
    <message>
        <source>Bottom vignette opacity</source>
        <translation>Opacità della vignettatura inferiore</translation>
    </message>
    <message>
        <source>Bottom vignette height</source>
        <translation>Altezza della vignettatura inferiore</translation>
    </message>
    <message>
        <source>Top vignette only with a sash</source>
        <translation>Vignettatura superiore solo con fascia</translation>
    </message>
    <message>
        <source>Top vignette colour from poster</source>
        <translation>Colore della vignettatura superiore dal poster</translation>
    </message>
    <message>
        <source>Bottom vignette colour from poster</source>
        <translation>Colore della vignettatura inferiore dal poster</translation>
    </message>
    <message>
        <source>Vignette colour saturation</source>
        <translation>Saturazione del colore della vignettatura</translation>
    </message>
    <message>
        <source>Vignette colour lightness</source>
        <translation>Luminosità del colore della vignettatura</translation>
    </message>
    <message>
        <source>Vignette colour blur</source>
        <translation>Sfocatura del colore della vignettatura</translation>
    </message>
    <message>
        <source>Two-tone vignette</source>
        <translation>Vignettatura bicolore</translation>
    </message>
    <message>
        <source>Blend into nearby art</source>
        <translation>Fondi con l&apos;immagine vicina</translation>
    </message>
    <message>
        <source>Rating display mode</source>
        <translation>Modalità di visualizzazione del voto</translation>
    </message>
    <message>
        <source>Colour palette</source>
        <translation>Tavolozza dei colori</translation>
    </message>
    <message>
        <source>Custom palette</source>
        <translation>Tavolozza personalizzata</translation>
    </message>
    <message>
        <source>Rating text colour</source>
        <translation>Colore del testo del voto</translation>
    </message>
    <message>
        <source>Hide genre</source>
        <translation>Nascondi genere</translation>
    </message>
    <message>
        <source>Accent bar font size</source>
        <translation>Dimensione del testo della barra d&apos;accento</translation>
    </message>
    <message>
        <source>Accent bar text position</source>
        <translation>Posizione del testo della barra d&apos;accento</translation>
    </message>
    <message>
        <source>Accent bar label suffix</source>
        <translation>Suffisso dell&apos;etichetta della barra d&apos;accento</translation>
    </message>
    <message>
        <source>Accent bar position</source>
        <translation>Posizione della barra d&apos;accento</translation>
    </message>
    <message>
        <source>Glow threshold</source>
        <translation>Soglia del bagliore</translation>
    </message>
    <message>
        <source>Glow blur</source>
        <translation>Sfocatura del bagliore</translation>
    </message>
    <message>
        <source>Glow brightness</source>
        <translation>Intensità del bagliore</translation>
    </message>
    <message>
        <source>Glow colour</source>
        <translation>Colore del bagliore</translation>
    </message>
    <message>
        <source>Score font size</source>
        <translation>Dimensione del testo del punteggio</translation>
    </message>
    <message>
        <source>Score position</source>
        <translation>Posizione del punteggio</translation>
    </message>
    <message>
        <source>Score out of 10</source>
        <translation>Punteggio su 10</translation>
    </message>
    <message>
        <source>Minimalist font size</source>
        <translation>Dimensione del testo minimalista</translation>
    </message>
    <message>
        <source>Minimalist horizontal position</source>
        <translation>Posizione orizzontale minimalista</translation>
    </message>
    <message>
        <source>Minimalist vertical position</source>
        <translation>Posizione verticale minimalista</translation>
    </message>
    <message>
        <source>Minimalist append</source>
        <translation>Aggiunta minimalista</translation>
    </message>
    <message>
        <source>Minimalist score out of 10</source>
        <translation>Punteggio minimalista su 10</translation>
    </message>
    <message>
        <source>Centre under the logo</source>
        <translation>Centra sotto il logo</translation>
    </message>
    <message>
        <source>Minimalist separator</source>
        <translation>Separatore minimalista</translation>
    </message>
    <message>
        <source>Minimalist rating separator</source>
        <translation>Separatore minimalista del voto</translation>
    </message>
    <message>
        <source>Bar style</source>
        <translation>Stile della barra</translation>
    </message>
    <message>
        <source>Rating bar colour</source>
        <translation>Colore della barra del voto</translation>
    </message>
    <message>
        <source>Bar append</source>
        <translation>Aggiunta della barra</translation>
    </message>
    <message>
        <source>Bar score out of 10</source>
        <translation>Punteggio della barra su 10</translation>
    </message>
    <message>
        <source>Bar height</source>
        <translation>Altezza della barra</translation>
    </message>
    <message>
        <source>Bar font size</source>
        <translation>Dimensione del testo della barra</translation>
    </message>
    <message>
        <source>Bar opacity</source>
        <translation>Opacità della barra</translation>
    </message>
    <message>
        <source>Bar colour saturation</source>
        <translation>Saturazione del colore della barra</translation>
    </message>
    <message>
        <source>Bar inset from bottom</source>
        <translation>Rientro della barra dal basso</translation>
    </message>
    <message>
        <source>Reference colour</source>
        <translation>Colore di riferimento</translation>
    </message>
    <message>
        <source>Textless art</source>
        <translation>Immagine senza testo</translation>
    </message>
    <message>
        <source>Original art</source>
        <translation>Immagine originale</translation>
    </message>
    <message>
        <source>Original art source</source>
        <translation>Fonte dell&apos;immagine originale</translation>
    </message>
    <message>
        <source>Logo language</source>
        <translation>Lingua del logo</translation>
    </message>
    <message>
        <source>Secondary logo language</source>
        <translation>Lingua secondaria del logo</translation>
    </message>
    <message>
        <source>Language priority</source>
        <translation>Priorità della lingua</translation>
    </message>
    <message>
        <source>Logo width</source>
        <translation>Larghezza del logo</translation>
    </message>
    <message>
        <source>Logo height</source>
        <translation>Altezza del logo</translation>
    </message>
    <message>
        <source>Logo position</source>
        <translation>Posizione del logo</translation>
    </message>
    <message>
        <source>Anchor logo at its bottom</source>
        <translation>Ancora il logo in basso</translation>
    </message>
    <message>
        <source>Info sash mode</source>
        <translation>Modalità della fascia informativa</translation>
    </message>
    <message>
        <source>Sash priority</source>
        <translation>Priorità delle fasce</translation>
    </message>
    <message>
        <source>Muted sashes</source>
        <translation>Fasce attenuate</translation>
    </message>
    <message>
        <source>Sash colour from poster</source>
        <translation>Colore della fascia dal poster</translation>
    </message>
    <message>
        <source>Sash distance from corner</source>
        <translation>Distanza della fascia dall&apos;angolo</translation>
    </message>
    <message>
        <source>Sash size</source>
        <translation>Dimensione della fascia</translation>
    </message>
    <message>
        <source>Winner star</source>
        <translation>Stella del vincitore</translation>
    </message>
    <message>
        <source>Sash text colour</source>
        <translation>Colore del testo della fascia</translation>
    </message>
    <message>
        <source>Notch style</source>
        <translation>Stile della tacca</translation>
    </message>
    <message>
        <source>Notch width</source>
        <translation>Larghezza della tacca</translation>
    </message>
    <message>
        <source>Notch height</source>
        <translation>Altezza della tacca</translation>
    </message>
    <message>
        <source>Notch padding</source>
        <translation>Spaziatura interna della tacca</translation>
    </message>
    <message>
        <source>Notch inset</source>
        <translation>Rientro della tacca</translation>
    </message>
    <message>
        <source>Notch font size</source>
        <translation>Dimensione del testo della tacca</translation>
    </message>
    <message>
        <source>Notch opacity</source>
        <translation>Opacità della tacca</translation>
    </message>
    <message>
        <source>Notch colour saturation</source>
        <translation>Saturazione del colore della tacca</translation>
    </message>
    <message>
        <source>Match tinted vignette</source>
        <translation>Abbina la vignettatura colorata</translation>
    </message>
    <message>
        <source>Greyscale poster if unavailable</source>
        <translation>Poster in scala di grigi se non disponibile</translation>
    </message>
    <message>
        <source>Consider available if a source is found</source>
        <translation>Considera disponibile se c&apos;è una fonte</translation>
    </message>
    <message>
        <source>Release status: unavailable only</source>
        <translation>Stato di uscita: solo non disponibili</translation>
    </message>
    <message>
        <source>Release status: show date</source>
        <translation>Stato di uscita: mostra la data</translation>
    </message>
    <message>
        <source>Quality display mode</source>
        <translation>Modalità di visualizzazione della qualità</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>Dimensione del badge</translation>
    </message>
    <message>
        <source>Badge gap</source>
        <translation>Spaziatura dei badge</translation>
    </message>
    <message>
        <source>Badge horizontal position</source>
        <translation>Posizione orizzontale del badge</translation>
    </message>
    <message>
        <source>Badge vertical position</source>
        <translation>Posizione verticale del badge</translation>
    </message>
    <message>
        <source>Minimum quality</source>
        <translation>Qualità minima</translation>
    </message>
    <message>
        <source>Stacked layout</source>
        <translation>Disposizione impilata</translation>
    </message>
    <message>
        <source>Wait for quality</source>
        <translation>Attendi la qualità</translation>
    </message>
    <message>
        <source>Greyscale if no quality</source>
        <translation>Scala di grigi senza qualità</translation>
    </message>
    <message>
        <source>Movie weights</source>
        <translation>Pesi dei film</translation>
    </message>
    <message>
        <source>TV weights</source>
        <translation>Pesi delle serie</translation>
    </message>
    <message>
        <source>Anime movie weights</source>
        <translation>Pesi dei film anime</translation>
    </message>
    <message>
        <source>Anime TV weights</source>
        <translation>Pesi delle serie anime</translation>
    </message>
    <message>
        <source>Fall back to IMDb</source>
        <translation>Ripiega su IMDb</translation>
    </message>
    <message>
        <source>IMDb rating source</source>
        <translation>Fonte del voto IMDb</translation>
    </message>
    <message>
        <source>TMDB rating source</source>
        <translation>Fonte del voto TMDB</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Nascosto</translation>
    </message>
    <message>
        <source>Accent bar</source>
        <translation>Barra d&apos;accento</translation>
    </message>
    <message>
        <source>Numeric score</source>
        <translation>Punteggio numerico</translation>
    </message>
    <message>
        <source>Minimalist line</source>
        <translation>Riga minimalista</translation>
    </message>
    <message>
        <source>Rating bar</source>
        <translation>Barra del voto</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiara</translation>
    </message>
    <message>
        <source>Dark/light</source>
        <translation>Scura/chiara</translation>
    </message>
    <message>
        <source>Prestige</source>
        <translation>Prestigio</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzata</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Info sash</source>
        <translation>Fascia informativa</translation>
    </message>
    <message>
        <source>Year and info sash</source>
        <translation>Anno e fascia informativa</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Entrambi</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Diviso</translation>
    </message>
    <message>
        <source>Quality and age rating</source>
        <translation>Qualità e classificazione per età</translation>
    </message>
    <message>
        <source>Quality badge row</source>
        <translation>Riga di badge di qualità</translation>
    </message>
    <message>
        <source>Age rating only</source>
        <translation>Solo classificazione per età</translation>
    </message>
    <message>
        <source>Quality notch</source>
        <translation>Tacca di qualità</translation>
    </message>
    <message>
        <source>Combined badge</source>
        <translation>Badge combinato</translation>
    </message>
    <message>
        <source>Quality bookmark</source>
        <translation>Segnalibro di qualità</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Verticale</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Orizzontale</translation>
    </message>
    <message>
        <source>Textless</source>
        <translation>Senza testo</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>In alto a sinistra</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>In alto a destra</translation>
    </message>
    <message>
        <source>Beside the logo</source>
        <translation>Accanto al logo</translation>
    </message>
    <message>
        <source>Textured backdrop</source>
        <translation>Sfondo con texture</translation>
    </message>
    <message>
        <source>Photorealistic</source>
        <translation>Fotorealistico</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivata</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barra</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stella</translation>
    </message>
    <message>
        <source>Frosted</source>
        <translation>Smerigliato</translation>
    </message>
    <message>
        <source>Pure black</source>
        <translation>Nero puro</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Argento</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Rating black</source>
        <translation>Nero con voto</translation>
    </message>
    <message>
        <source>Rating frosted</source>
        <translation>Smerigliato con voto</translation>
    </message>
    <message>
        <source>Colour sample</source>
        <translation>Campione di colore</translation>
    </message>
    <message>
        <source>Light palette</source>
        <translation>Tavolozza chiara</translation>
    </message>
    <message>
        <source>Dark/light palette</source>
        <translation>Tavolozza scura/chiara</translation>
    </message>
    <message>
        <source>Prestige palette</source>
        <translation>Tavolozza prestigio</translation>
    </message>
    <message>
        <source>Rating and year</source>
        <translation>Voto e anno</translation>
    </message>
    <message>
        <source>Sash</source>
        <translation>Fascia</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Top rated</source>
        <translation>Più votata</translation>
    </message>
    <message>
        <source>Native, then original</source>
        <translation>Nativa, poi originale</translation>
    </message>
    <message>
        <source>Original, then native</source>
        <translation>Originale, poi nativa</translation>
    </message>
    <message>
        <source>Native if the original is English</source>
        <translation>Nativa se l&apos;originale è in inglese</translation>
    </message>
    <message>
        <source>Native, else title text</source>
        <translation>Nativa, altrimenti testo del titolo</translation>
    </message>
    <message>
        <source>Native, custom, else text</source>
        <translation>Nativa, personalizzata, altrimenti testo</translation>
    </message>
    <message>
        <source>Native, custom, original, else text</source>
        <translation>Nativa, personalizzata, originale, altrimenti testo</translation>
    </message>
    <message>
        <source>Notch</source>
        <translation>Tacca</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Nero</translation>
    </message>
    <message>
        <source>MDBList</source>
        <translation>MDBList</translation>
    </message>
    <message>
        <source>IMDb dataset</source>
        <translation>Dataset IMDb</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Riserva</translation>
    </message>
    <message>
        <source>Direct (TMDB)</source>
        <translation>Diretta (TMDB)</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>In base al punteggio</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetClient</name>
    <message>
        <source>A preset name is 1–40 characters: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Un nome di preset ha 1–40 caratteri: lettere minuscole, cifre, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>That name belongs to a built-in preset.</source>
        <translation>Questo nome appartiene a un preset integrato.</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetPanel</name>
    <message>
        <source>&amp;New from current…</source>
        <translation>&amp;Nuovo da quello attuale…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplica…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Ri&amp;nomina…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <translation>&amp;Carica nell&apos;editor</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>User presets are stored by the daemon and served at /p/{name}/… and as an RPDB key. Built-in presets are read-only; duplicate one to change it.</source>
        <translation>Il daemon salva i preset utente e li serve su /p/{name}/… e come chiave RPDB. I preset integrati sono di sola lettura; duplicane uno per modificarlo.</translation>
    </message>
    <message>
        <source>%1 — %2 (built-in)</source>
        <translation>%1 — %2 (integrato)</translation>
    </message>
    <message>
        <source>Could not list the daemon&apos;s presets: %1</source>
        <translation>Impossibile elencare i preset del daemon: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user preset(s) on the daemon.</source>
        <translation>
            <numerusform>%n preset utente sul daemon.</numerusform>
            <numerusform>%n preset utente sul daemon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” salvato.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”.</source>
        <translation>Preset sconosciuto “%1”.</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Non duplicato: %1</translation>
    </message>
    <message>
        <source>Copied “%1” to “%2”.</source>
        <translation>“%1” copiato in “%2”.</translation>
    </message>
    <message>
        <source>Only user presets can be renamed.</source>
        <translation>Solo i preset utente possono essere rinominati.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Non rinominato: %1</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1” rinominato in “%2”.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non eliminato: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” eliminato.</translation>
    </message>
    <message>
        <source>Name (a–z, 0–9, &apos;_&apos; or &apos;-&apos;; up to 40):</source>
        <translation>Nome (a–z, 0–9, &apos;_&apos; o &apos;-&apos;; fino a 40):</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Nuovo preset</translation>
    </message>
    <message>
        <source>Duplicate preset</source>
        <translation>Duplica preset</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Rinomina preset</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Elimina preset</translation>
    </message>
    <message>
        <source>Delete the preset “%1” from the daemon?</source>
        <translation>Eliminare il preset “%1” dal daemon?</translation>
    </message>
    <message>
        <source>Names from /server-caps only: the daemon wants an access key to show or change them (%1).</source>
        <translation>Solo nomi da /server-caps: il daemon richiede una chiave di accesso per mostrarli o modificarli (%1).</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PreviewPane</name>
    <message>
        <source>%1 × %2 · rendered in %3 ms</source>
        <translation>%1 × %2 · generato in %3 ms</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Anteprima non riuscita: %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generazione in corso…</translation>
    </message>
</context>
<context>
    <name>Marquee::App::TitleSearch</name>
    <message>
        <source>Local library (offline)</source>
        <translation>Libreria locale (offline)</translation>
    </message>
    <message>
        <source>TMDB (with your key)</source>
        <translation>TMDB (con la tua chiave)</translation>
    </message>
    <message>
        <source>Daemon /search</source>
        <translation>/search del daemon</translation>
    </message>
    <message>
        <source>Title, tt… or TMDB id (Ctrl+F)</source>
        <translation>Titolo, tt… o id TMDB (Ctrl+F)</translation>
    </message>
    <message>
        <source>needed for TMDB titles</source>
        <translation>necessaria per i titoli TMDB</translation>
    </message>
    <message>
        <source>optional: ratings for TMDB titles</source>
        <translation>facoltativa: voti per i titoli TMDB</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origine:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Ce&amp;rca:</translation>
    </message>
    <message>
        <source>T&amp;MDB key:</source>
        <translation>Chiave T&amp;MDB:</translation>
    </message>
    <message>
        <source>MD&amp;BList key:</source>
        <translation>Chiave MD&amp;BList:</translation>
    </message>
    <message>
        <source>Previewing: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Anteprima: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter a TMDB key to search TMDB.</source>
        <translation>Inserisci una chiave TMDB per cercare su TMDB.</translation>
    </message>
    <message>
        <source>TMDB did not answer.</source>
        <translation>TMDB non ha risposto.</translation>
    </message>
    <message>
        <source>TMDB answered HTTP %1.</source>
        <translation>TMDB ha risposto HTTP %1.</translation>
    </message>
    <message>
        <source>The daemon&apos;s search failed: %1</source>
        <translation>La ricerca del daemon non è riuscita: %1</translation>
    </message>
    <message>
        <source>No titles found.</source>
        <translation>Nessun titolo trovato.</translation>
    </message>
</context>
<context>
    <name>Marquee::App::UrlPanel</name>
    <message>
        <source>Use {tmdb_id}</source>
        <translation>Usa {tmdb_id}</translation>
    </message>
    <message>
        <source>Paste a /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg URL</source>
        <translation>Incolla un URL /poster?…, /p/{preset}/{type}/{id}.jpg o /{key}/imdb/poster-default/{id}.jpg</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Templates name the title by {tmdb_id} instead of {imdb_id}.</source>
        <translation>I modelli indicano il titolo con {tmdb_id} invece di {imdb_id}.</translation>
    </message>
    <message>
        <source>Import &amp;URL:</source>
        <translation>Importa &amp;URL:</translation>
    </message>
    <message>
        <source>Pr&amp;eset for /p and RPDB:</source>
        <translation>Pr&amp;eset per /p e RPDB:</translation>
    </message>
    <message>
        <source>/poster template:</source>
        <translation>Modello /poster:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>/p template:</source>
        <translation>Modello /p:</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opia</translation>
    </message>
    <message>
        <source>RPDB template:</source>
        <translation>Modello RPDB:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ia</translation>
    </message>
    <message>
        <source>Copy this URL to the clipboard</source>
        <translation>Copia questo URL negli appunti</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiato negli appunti.</translation>
    </message>
</context>
<context>
    <name>marquee</name>
    <message>
        <source>The preview did not finish in time; the screenshot may be incomplete.</source>
        <translation>L&apos;anteprima non è terminata in tempo; lo screenshot potrebbe essere incompleto.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Impossibile scrivere lo screenshot %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>scritto %1</translation>
    </message>
    <message>
        <source>Marquee configurator: design rated posters and copy their URLs.</source>
        <translation>Configuratore Marquee: progetta poster con valutazioni e copiane gli URL.</translation>
    </message>
    <message>
        <source>Write a PNG of the main window (fresh settings) and exit.</source>
        <translation>Scrivi un PNG della finestra principale (impostazioni nuove) ed esci.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Preview this title (tt… id) at start.</source>
        <translation>Mostra l&apos;anteprima di questo titolo (id tt…) all&apos;avvio.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Show configuration B from this built-in preset beside A.</source>
        <translation>Mostra la configurazione B da questo preset integrato accanto ad A.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <source>Keep the app&apos;s state in this INI file.</source>
        <translation>Conserva lo stato dell&apos;app in questo file INI.</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Preset sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Open this parameter tab (1–6) at start.</source>
        <translation>Apri questa scheda dei parametri (1–6) all&apos;avvio.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
</context>
</TS>
