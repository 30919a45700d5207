<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>Marquee::Blob</name>
    <message>
        <source>Invalid blob key</source>
        <translation>Chiave blob non valida</translation>
    </message>
    <message>
        <source>Blob store %1 failed: %2</source>
        <translation>Archiviazione del blob %1 non riuscita: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Config</name>
    <message>
        <source>Core</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Sash</source>
        <translation>Fascia</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualità</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesi</translation>
    </message>
    <message>
        <source>Invalid type</source>
        <translation>Tipo non valido</translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation>tmdb_id non valido</translation>
    </message>
    <message>
        <source>Invalid imdb_id</source>
        <translation>imdb_id non valido</translation>
    </message>
    <message>
        <source>Invalid preset name</source>
        <translation>Nome del preset non valido</translation>
    </message>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation>Tipo non valido (movie|tv)</translation>
    </message>
    <message>
        <source>Invalid id (expected tt…, a TMDB id or tmdb:&lt;id&gt;)</source>
        <translation>ID non valido (atteso tt…, un ID TMDB o tmdb:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Invalid shape (poster|landscape)</source>
        <translation>Forma non valida (poster|landscape)</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2 (got &quot;%3&quot;)</source>
        <translation>%1 deve essere un numero intero pari almeno a %2 (ricevuto &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (got &quot;%4&quot;)</source>
        <translation>%1 deve essere un numero da %2 a %3 (ricevuto &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a number (got &quot;%2&quot;)</source>
        <translation>%1 deve essere un numero (ricevuto &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got &quot;%2&quot;)</source>
        <translation>%1 deve essere true o false (ricevuto &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;)</source>
        <translation>%1 deve essere uno tra %2 (ricevuto &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL (got &quot;%2&quot;)</source>
        <translation>%1 deve essere un URL http(s) (ricevuto &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must look like letterboxd:0.8,tomatoes:0.2 with sources from %2 (got &quot;%3&quot;)</source>
        <translation>%1 deve avere la forma letterboxd:0.8,tomatoes:0.2 con fonti tra %2 (ricevuto &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 must be a language code such as en or pt-br (got &quot;%2&quot;)</source>
        <translation>%1 deve essere un codice lingua come en o pt-br (ricevuto &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be 0, auto or a number of seconds (got &quot;%2&quot;)</source>
        <translation>%1 deve essere 0, auto o un numero di secondi (ricevuto &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation>Impossibile leggere il file di configurazione %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 non è un file INI valido</translation>
    </message>
    <message>
        <source>Address to listen on; 0.0.0.0 exposes the daemon on the network</source>
        <translation>Indirizzo di ascolto; 0.0.0.0 espone il demone sulla rete</translation>
    </message>
    <message>
        <source>TCP port to listen on (0 picks a free port)</source>
        <translation>Porta TCP di ascolto (0 sceglie una porta libera)</translation>
    </message>
    <message>
        <source>Alternative name for PORT, used only when PORT is unset</source>
        <translation>Nome alternativo di PORT, usato solo se PORT non è impostata</translation>
    </message>
    <message>
        <source>Where the database and user presets live</source>
        <translation>Posizione del database e dei preset utente</translation>
    </message>
    <message>
        <source>Where downloaded art and rendered posters are cached</source>
        <translation>Posizione della cache delle immagini scaricate e dei poster generati</translation>
    </message>
    <message>
        <source>&apos;:&apos;-separated local media library folders (.nfo + artwork); empty disables the built-in samples</source>
        <translation>Cartelle della libreria multimediale locale separate da &apos;:&apos; (.nfo + immagini); vuoto disattiva gli esempi integrati</translation>
    </message>
    <message>
        <source>Server TMDB key; without it every request must bring tmdb_key=</source>
        <translation>Chiave TMDB del server; senza di essa ogni richiesta deve includere tmdb_key=</translation>
    </message>
    <message>
        <source>TMDB API base URL (empty = default)</source>
        <translation>URL di base dell&apos;API TMDB (vuoto = predefinito)</translation>
    </message>
    <message>
        <source>TMDB image CDN base URL (empty = default)</source>
        <translation>URL di base della CDN immagini TMDB (vuoto = predefinito)</translation>
    </message>
    <message>
        <source>Server MDBList key for ratings</source>
        <translation>Chiave MDBList del server per le valutazioni</translation>
    </message>
    <message>
        <source>Second MDBList key, used while the first one is rate-limited</source>
        <translation>Seconda chiave MDBList, usata mentre la prima ha raggiunto il limite di richieste</translation>
    </message>
    <message>
        <source>MDBList API base URL (empty = default)</source>
        <translation>URL di base dell&apos;API MDBList (vuoto = predefinito)</translation>
    </message>
    <message>
        <source>Deadline in milliseconds for one upstream API call</source>
        <translation>Tempo limite in millisecondi per una chiamata a un&apos;API upstream</translation>
    </message>
    <message>
        <source>Operator key; when set, /poster and the other operator routes require it</source>
        <translation>Chiave operatore; se impostata, /poster e le altre route operatore la richiedono</translation>
    </message>
    <message>
        <source>Unset: /p preset URLs and /poster are both served (private instance); true: public tier, /poster needs ACCESS_KEY (closed without one); false: /p answers 404</source>
        <translation>Non impostato: vengono servite sia le URL preset /p sia /poster (istanza privata); true: livello pubblico, /poster richiede ACCESS_KEY (chiuso senza chiave); false: /p risponde 404</translation>
    </message>
    <message>
        <source>Accept /poster requests with only an IMDb id and look up the TMDB id</source>
        <translation>Accetta richieste /poster con il solo ID IMDb e cerca l&apos;ID TMDB</translation>
    </message>
    <message>
        <source>Output format: jpeg, webp, or auto (WebP when the client accepts it)</source>
        <translation>Formato di output: jpeg, webp o auto (WebP se il client lo accetta)</translation>
    </message>
    <message>
        <source>JPEG quality, clamped to 70-95</source>
        <translation>Qualità JPEG, limitata a 70-95</translation>
    </message>
    <message>
        <source>WebP quality, clamped to 70-95</source>
        <translation>Qualità WebP, limitata a 70-95</translation>
    </message>
    <message>
        <source>Cache-Control max-age for /poster: empty or 0 = none, auto = until the poster expires, or seconds</source>
        <translation>max-age di Cache-Control per /poster: vuoto o 0 = nessuno, auto = fino alla scadenza del poster, oppure secondi</translation>
    </message>
    <message>
        <source>Cache-Control max-age in seconds for fully cached /p responses</source>
        <translation>max-age di Cache-Control in secondi per le risposte /p interamente in cache</translation>
    </message>
    <message>
        <source>Renders allowed to run at the same time</source>
        <translation>Rendering consentiti in contemporanea</translation>
    </message>
    <message>
        <source>When above 0, overrides POSTER_RENDER_CONCURRENCY</source>
        <translation>Se maggiore di 0, sostituisce POSTER_RENDER_CONCURRENCY</translation>
    </message>
    <message>
        <source>Seconds a request waits for a render slot before a 503 (0 = wait forever)</source>
        <translation>Secondi di attesa di una richiesta per uno slot di rendering prima di un 503 (0 = attesa illimitata)</translation>
    </message>
    <message>
        <source>Seconds a rendered poster stays cached</source>
        <translation>Secondi di permanenza in cache di un poster generato</translation>
    </message>
    <message>
        <source>Random extra seconds added per poster so entries do not expire together</source>
        <translation>Secondi extra casuali per poster, perché le voci non scadano tutte insieme</translation>
    </message>
    <message>
        <source>Rendered posters kept in memory in front of the disk cache</source>
        <translation>Poster generati mantenuti in memoria davanti alla cache su disco</translation>
    </message>
    <message>
        <source>Render every request afresh and send no-store headers</source>
        <translation>Genera da capo ogni richiesta e invia intestazioni no-store</translation>
    </message>
    <message>
        <source>Default rating-source weights for movies</source>
        <translation>Pesi predefiniti delle fonti di valutazione per i film</translation>
    </message>
    <message>
        <source>Default rating-source weights for series</source>
        <translation>Pesi predefiniti delle fonti di valutazione per le serie</translation>
    </message>
    <message>
        <source>Ratings with fewer votes than this are ignored</source>
        <translation>Le valutazioni con meno voti di questo valore vengono ignorate</translation>
    </message>
    <message>
        <source>Logo language when the request has no logo_language</source>
        <translation>Lingua del logo quando la richiesta non specifica logo_language</translation>
    </message>
    <message>
        <source>Alternative name for DEFAULT_LOGO_LANGUAGE, used only when that is unset</source>
        <translation>Nome alternativo di DEFAULT_LOGO_LANGUAGE, usato solo se questa non è impostata</translation>
    </message>
    <message>
        <source>Metadata and cache database; empty = SQLite (cache.db) in the cache folder</source>
        <translation>Database di metadati e cache; vuoto = SQLite (cache.db) nella cartella della cache</translation>
    </message>
    <message>
        <source>Where rendered posters are stored; empty = the cache folder</source>
        <translation>Posizione dei poster generati; vuoto = la cartella della cache</translation>
    </message>
    <message>
        <source>Log line format on stderr: text or json</source>
        <translation>Formato delle righe di log su stderr: text o json</translation>
    </message>
    <message>
        <source>Key for /metrics (Authorization: Bearer or ?access_key=); unset leaves /metrics open</source>
        <translation>Chiave per /metrics (Authorization: Bearer o ?access_key=); se non impostata, /metrics resta aperto</translation>
    </message>
    <message>
        <source>Requests per second per tenant on /poster (tenant = its TMDB or MDBList key), for all of /p together, and per key on /search and /resolve-imdb; 0 = no limit</source>
        <translation>Richieste al secondo per cliente su /poster (cliente = la sua chiave TMDB o MDBList), per tutto /p nel complesso e per chiave su /search e /resolve-imdb; 0 = nessun limite</translation>
    </message>
    <message>
        <source>Requests per second shared by all /search and /resolve-imdb calls without a key; 0 = no limit</source>
        <translation>Richieste al secondo condivise da tutte le chiamate a /search e /resolve-imdb senza chiave; 0 = nessun limite</translation>
    </message>
</context>
<context>
    <name>Marquee::ContactSheet</name>
    <message>
        <source>Score Bar</source>
        <translation>Barra del punteggio</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Essenziale</translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation>Minimalista</translation>
    </message>
    <message>
        <source>Frosted Bar</source>
        <translation>Barra smerigliata</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classica</translation>
    </message>
    <message>
        <source>Six-band</source>
        <translation>Sei bande</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>Metallica</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzata</translation>
    </message>
    <message>
        <source>Presets × sample titles</source>
        <translation>Preset × titoli di esempio</translation>
    </message>
    <message>
        <source>rating_display_mode × score_color_mode (%1)</source>
        <translation>rating_display_mode × score_color_mode (%1)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: the rendered poster could not be decoded</source>
        <translation>%1: impossibile decodificare il poster generato</translation>
    </message>
    <message>
        <source>Marquee contact sheet</source>
        <translation>Foglio provini di Marquee</translation>
    </message>
    <message>
        <source>marqueed %1 · bundled sample library · posters %2×%3 shown at half size</source>
        <translation>marqueed %1 · libreria di esempio inclusa · poster %2×%3 mostrati a metà dimensione</translation>
    </message>
</context>
<context>
    <name>Marquee::Daemon</name>
    <message>
        <source>DATABASE_URL: only the embedded SQLite store is available in this build</source>
        <translation>DATABASE_URL: in questa build è disponibile solo l&apos;archivio SQLite integrato</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: only the local composite directory is available in this build</source>
        <translation>OBJECT_STORE_URL: in questa build è disponibile solo la directory locale delle composizioni</translation>
    </message>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address (use 127.0.0.1, 0.0.0.0, ::1 or localhost)</source>
        <translation>MARQUEE_HOST: &apos;%1&apos; non è un indirizzo IP (usa 127.0.0.1, 0.0.0.0, ::1 o localhost)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Impossibile creare la directory %1</translation>
    </message>
    <message>
        <source>The bundled fonts could not be loaded</source>
        <translation>Impossibile caricare i font inclusi</translation>
    </message>
    <message>
        <source>MARQUEE_HOST: &apos;%1&apos; is not an IP address</source>
        <translation>MARQUEE_HOST: &apos;%1&apos; non è un indirizzo IP</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::AccessGate</name>
    <message>
        <source>Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.</source>
        <translation>I poster personalizzati non sono disponibili su questa istanza; usa un URL preset /p/{preset}/{type}/{imdb_id}.jpg.</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>Non autorizzato: la tua chiave di accesso non è valida per questa istanza.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::DebugCanvasRoute</name>
    <message>
        <source>Title too long</source>
        <translation>Titolo troppo lungo</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ErrorResponse</name>
    <message>
        <source>Invalid request</source>
        <translation>Richiesta non valida</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Unauthorized, your access key is not valid for this instance.</source>
        <translation>Non autorizzato: la tua chiave di accesso non è valida per questa istanza.</translation>
    </message>
    <message>
        <source>Rate limit exceeded</source>
        <translation>Limite di richieste superato</translation>
    </message>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Server saturo — riprova tra poco</translation>
    </message>
    <message>
        <source>The server is not configured for this request</source>
        <translation>Il server non è configurato per questa richiesta</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>Timeout della richiesta al servizio upstream</translation>
    </message>
    <message>
        <source>Upstream error %1</source>
        <translation>Errore upstream %1</translation>
    </message>
    <message>
        <source>Failed to build poster</source>
        <translation>Impossibile generare il poster</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::HttpService</name>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossibile mettersi in ascolto su %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::PosterRoutes</name>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Preset sconosciuto &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
        <translation>Non pronto: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RateLimiter</name>
    <message>
        <source>Rate limit exceeded (%1 req/s)</source>
        <translation>Limite di richieste superato (%1 req/s)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::RouteContext</name>
    <message>
        <source>Method not allowed</source>
        <translation>Metodo non consentito</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::TmdbProxyRoutes</name>
    <message>
        <source>Invalid type (movie|tv)</source>
        <translation>Tipo non valido (movie|tv)</translation>
    </message>
    <message>
        <source>Missing required parameter: tmdb_id</source>
        <translation>Parametro obbligatorio mancante: tmdb_id</translation>
    </message>
    <message>
        <source>Invalid tmdb_id</source>
        <translation>tmdb_id non valido</translation>
    </message>
    <message>
        <source>Missing required parameter: q</source>
        <translation>Parametro obbligatorio mancante: q</translation>
    </message>
    <message>
        <source>Query too long</source>
        <translation>Ricerca troppo lunga</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>Nessuna chiave API TMDB disponibile. Fornisci tmdb_key= oppure imposta TMDB_API_KEY sul server.</translation>
    </message>
    <message>
        <source>TMDB could not be reached</source>
        <translation>Impossibile raggiungere TMDB</translation>
    </message>
</context>
<context>
    <name>Marquee::Net::HttpClient</name>
    <message>
        <source>Invalid upstream URL</source>
        <translation>URL upstream non valido</translation>
    </message>
    <message>
        <source>Upstream request timed out</source>
        <translation>Timeout della richiesta al servizio upstream</translation>
    </message>
    <message>
        <source>Upstream response too large</source>
        <translation>Risposta upstream troppo grande</translation>
    </message>
    <message>
        <source>Upstream connection failed</source>
        <translation>Connessione upstream non riuscita</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::GenreLabel</name>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Adventure</source>
        <translation>Avventura</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animazione</translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation>Commedia</translation>
    </message>
    <message>
        <source>Crime</source>
        <translation>Crime</translation>
    </message>
    <message>
        <source>Documentary</source>
        <translation>Documentario</translation>
    </message>
    <message>
        <source>Drama</source>
        <translation>Dramma</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>Fantasy</source>
        <translation>Fantasy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storia</translation>
    </message>
    <message>
        <source>Horror</source>
        <translation>Horror</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musica</translation>
    </message>
    <message>
        <source>Mystery</source>
        <translation>Mistero</translation>
    </message>
    <message>
        <source>Romance</source>
        <translation>Sentimentale</translation>
    </message>
    <message>
        <source>Sci-Fi</source>
        <translation>Fantascienza</translation>
    </message>
    <message>
        <source>Thriller</source>
        <translation>Thriller</translation>
    </message>
    <message>
        <source>War</source>
        <translation>Guerra</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Western</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Bambini</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Notizie</translation>
    </message>
    <message>
        <source>Reality</source>
        <translation>Reality</translation>
    </message>
    <message>
        <source>Soap</source>
        <translation>Soap opera</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk show</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::ImageCache</name>
    <message>
        <source>Unreadable image: %1</source>
        <translation>Immagine illeggibile: %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossibile leggere %1</translation>
    </message>
    <message>
        <source>larger than 20 MB</source>
        <translation>più grande di 20 MB</translation>
    </message>
    <message>
        <source>%1×%2 exceeds 6000×6000</source>
        <translation>%1×%2 supera 6000×6000</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::InFlightRenders</name>
    <message>
        <source>Failed to build poster</source>
        <translation>Impossibile generare il poster</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterEncoder</name>
    <message>
        <source>Cannot encode poster: %1</source>
        <translation>Impossibile codificare il poster: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::PosterPipeline</name>
    <message>
        <source>Title not found on TMDB</source>
        <translation>Titolo non trovato su TMDB</translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation>Immagine del poster non trovata su TMDB</translation>
    </message>
    <message>
        <source>No logo available</source>
        <translation>Nessun logo disponibile</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::RenderSlots</name>
    <message>
        <source>Server saturated — try again shortly</source>
        <translation>Server saturo — riprova tra poco</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::SashPicker</name>
    <message>
        <source>Cannes Winner</source>
        <translation>Premio Cannes</translation>
    </message>
    <message>
        <source>Venice Winner</source>
        <translation>Premio Venezia</translation>
    </message>
    <message>
        <source>Berlin Winner</source>
        <translation>Premio Berlino</translation>
    </message>
    <message>
        <source>Locarno Winner</source>
        <translation>Premio Locarno</translation>
    </message>
    <message>
        <source>Sundance Winner</source>
        <translation>Premio Sundance</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>Straniero</translation>
    </message>
    <message>
        <source>Oscar Winner</source>
        <translation>Premio Oscar</translation>
    </message>
    <message>
        <source>Oscar Nominee</source>
        <translation>Nomination Oscar</translation>
    </message>
    <message>
        <source>Must-See</source>
        <translation>Da non perdere</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novità</translation>
    </message>
    <message>
        <source>Cult Classic</source>
        <translation>Classico cult</translation>
    </message>
    <message>
        <source>True Story</source>
        <translation>Storia vera</translation>
    </message>
    <message>
        <source>Short Film</source>
        <translation>Cortometraggio</translation>
    </message>
    <message>
        <source>Mini Series</source>
        <translation>Miniserie</translation>
    </message>
    <message>
        <source>Binge Ready</source>
        <translation>Da maratona</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::TitleResolver</name>
    <message>
        <source>Missing required parameter: tmdb_id. Add tmdb_id={tmdb_id} to the URL.</source>
        <translation>Parametro obbligatorio mancante: tmdb_id. Aggiungi tmdb_id={tmdb_id} all&apos;URL.</translation>
    </message>
    <message>
        <source>Server TMDB key not configured</source>
        <translation>Chiave TMDB del server non configurata</translation>
    </message>
    <message>
        <source>No TMDB API key available. Either provide tmdb_key= or set TMDB_API_KEY on the server.</source>
        <translation>Nessuna chiave API TMDB disponibile. Fornisci tmdb_key= oppure imposta TMDB_API_KEY sul server.</translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation>Nessun risultato TMDB di tipo %1 per imdb_id %2</translation>
    </message>
</context>
<context>
    <name>Marquee::Presets</name>
    <message>
        <source>Tinted Minimalist Notch</source>
        <translation>Tacca minimalista colorata</translation>
    </message>
    <message>
        <source>Tinted vignette with minimal rating mode displaying the rating color (gold, silver, bronze) genre and year. A matching notch at the top displays interesting information.</source>
        <translation>Vignettatura colorata con modalità di valutazione minima che mostra il colore del punteggio (oro, argento, bronzo), il genere e l&apos;anno. Una tacca abbinata in alto mostra informazioni interessanti.</translation>
    </message>
    <message>
        <source>Tinted Minimalist Sash</source>
        <translation>Fascia minimalista colorata</translation>
    </message>
    <message>
        <source>Tinted vignette with the minimal rating line (score-coloured mark, genre and year) and a diagonal corner sash for awards and other highlights.</source>
        <translation>Vignettatura colorata con la riga di valutazione minima (segno colorato in base al punteggio, genere e anno) e una fascia diagonale nell&apos;angolo per premi e altri punti salienti.</translation>
    </message>
    <message>
        <source>Bar with matching notch</source>
        <translation>Barra con tacca abbinata</translation>
    </message>
    <message>
        <source>Notch and bar sampled from the posters colour, clean and easy to read.</source>
        <translation>Tacca e barra con il colore campionato dal poster, pulite e facili da leggere.</translation>
    </message>
    <message>
        <source>Bar with matching sash</source>
        <translation>Barra con fascia abbinata</translation>
    </message>
    <message>
        <source>Bottom bar and diagonal corner sash both tinted from the poster&apos;s own colours.</source>
        <translation>Barra inferiore e fascia diagonale nell&apos;angolo, entrambe colorate con i colori del poster.</translation>
    </message>
    <message>
        <source>Rating Bar with Notch</source>
        <translation>Barra di valutazione con tacca</translation>
    </message>
    <message>
        <source>The bar at the bottom is colored based on the rating for &apos;at a glance&apos; ratings, along with a notch sampled from the posters colour at the top.</source>
        <translation>La barra in basso è colorata in base alla valutazione per una lettura a colpo d&apos;occhio, con in alto una tacca del colore campionato dal poster.</translation>
    </message>
    <message>
        <source>Rating Bar with Sash</source>
        <translation>Barra di valutazione con fascia</translation>
    </message>
    <message>
        <source>A score-coloured rating bar for quick reading, with a diagonal corner sash for highlights.</source>
        <translation>Una barra di valutazione colorata in base al punteggio per una lettura rapida, con una fascia diagonale nell&apos;angolo per i punti salienti.</translation>
    </message>
    <message>
        <source>Clean Notch</source>
        <translation>Tacca essenziale</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a notch at the top tinted from the poster.</source>
        <translation>Una riga essenziale con genere e punteggio sotto il logo e una tacca in alto colorata in base al poster.</translation>
    </message>
    <message>
        <source>Clean Sash</source>
        <translation>Fascia essenziale</translation>
    </message>
    <message>
        <source>One clean line with genre and score under the logo, and a diagonal corner sash for highlights.</source>
        <translation>Una riga essenziale con genere e punteggio sotto il logo e una fascia diagonale nell&apos;angolo per i punti salienti.</translation>
    </message>
    <message>
        <source>Original Art - Mini &amp; Sash</source>
        <translation>Arte originale - Mini e fascia</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a minimal rating line and a diagonal corner sash.</source>
        <translation>Il poster ufficiale con la propria grafica del titolo, una riga di valutazione minima e una fascia diagonale nell&apos;angolo.</translation>
    </message>
    <message>
        <source>Original Art - Bar &amp; Notch</source>
        <translation>Arte originale - Barra e tacca</translation>
    </message>
    <message>
        <source>The official poster with its own title treatment, a bar and a matching notch sampled from its colours.</source>
        <translation>Il poster ufficiale con la propria grafica del titolo, una barra e una tacca abbinata campionate dai suoi colori.</translation>
    </message>
    <message>
        <source>Retired style, kept so existing URLs keep working.</source>
        <translation>Stile dismesso, mantenuto perché gli URL esistenti continuino a funzionare.</translation>
    </message>
    <message>
        <source>Prestige Rating Bar</source>
        <translation>Barra di valutazione Prestige</translation>
    </message>
    <message>
        <source>Light Rating Bar</source>
        <translation>Barra di valutazione chiara</translation>
    </message>
    <message>
        <source>Minimalist</source>
        <translation>Minimalista</translation>
    </message>
    <message>
        <source>Frosted Notch</source>
        <translation>Tacca smerigliata</translation>
    </message>
    <message>
        <source>Black Rating Bar, Light Notch</source>
        <translation>Barra di valutazione nera, tacca chiara</translation>
    </message>
    <message>
        <source>Black Rating Bar (Original Art)</source>
        <translation>Barra di valutazione nera (arte originale)</translation>
    </message>
    <message>
        <source>Frosted Rating Bar (Original Art)</source>
        <translation>Barra di valutazione smerigliata (arte originale)</translation>
    </message>
    <message>
        <source>Minimalist (Original Art)</source>
        <translation>Minimalista (arte originale)</translation>
    </message>
</context>
<context>
    <name>Marquee::RenderCommand</name>
    <message>
        <source>File to write (default &lt;ID&gt;.jpg, or contact-sheet.png).</source>
        <translation>File da scrivere (predefinito &lt;ID&gt;.jpg, oppure contact-sheet.png).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Render with this preset&apos;s parameters.</source>
        <translation>Esegue il rendering con i parametri di questo preset.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>movie (default) or tv.</source>
        <translation>movie (predefinito) o tv.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>/poster parameters applied on top of the preset, e.g. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</source>
        <translation>Parametri di /poster applicati sopra il preset, ad es. &quot;shape=landscape&amp;rating_display_mode=3&quot;.</translation>
    </message>
    <message>
        <source>k=v&amp;…</source>
        <translation>k=v&amp;…</translation>
    </message>
    <message>
        <source>Write a PNG grid of every preset and every rating mode × palette instead.</source>
        <translation>Scrive invece una griglia PNG di tutti i preset e di tutte le modalità di valutazione × palette.</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>File INI con le impostazioni; le variabili d&apos;ambiente hanno la precedenza.</translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation>Directory dei dati (MARQUEE_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation>Directory della cache (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2×%3, %4 bytes)</source>
        <translation>%1 scritto (%2×%3, %4 byte)</translation>
    </message>
    <message>
        <source>Cannot encode the contact sheet as PNG</source>
        <translation>Impossibile codificare il foglio provini come PNG</translation>
    </message>
    <message>
        <source>Renders one poster to a file through the daemon&apos;s pipeline and settings.</source>
        <translation>Genera un poster in un file tramite la pipeline e le impostazioni del demone.</translation>
    </message>
    <message>
        <source>tt…, a TMDB id or tmdb:&lt;id&gt; (not with --contact-sheet).</source>
        <translation>tt…, un ID TMDB o tmdb:&lt;id&gt; (incompatibile con --contact-sheet).</translation>
    </message>
    <message>
        <source>--contact-sheet takes no ID</source>
        <translation>--contact-sheet non accetta alcun ID</translation>
    </message>
    <message>
        <source>Give exactly one ID (tt…, a TMDB id or tmdb:&lt;id&gt;); see marqueed render --help</source>
        <translation>Specifica esattamente un ID (tt…, un ID TMDB o tmdb:&lt;id&gt;); vedi marqueed render --help</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Preset sconosciuto &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::LocalLibrary</name>
    <message>
        <source>%1: library folder not found</source>
        <translation>%1: cartella della libreria non trovata</translation>
    </message>
    <message>
        <source>%1: cannot read the file or it is empty</source>
        <translation>%1: impossibile leggere il file oppure è vuoto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: duplicate of a title already in the library, skipped</source>
        <translation>%1: duplicato di un titolo già presente nella libreria, saltato</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::MdbListSource</name>
    <message>
        <source>Invalid IMDb id</source>
        <translation>ID IMDb non valido</translation>
    </message>
    <message>
        <source>Title has neither an IMDb nor a TMDB id</source>
        <translation>Il titolo non ha né un ID IMDb né un ID TMDB</translation>
    </message>
    <message>
        <source>No MDBList API key configured</source>
        <translation>Nessuna chiave API MDBList configurata</translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation>Limite di richieste MDBList raggiunto</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::NfoReader</name>
    <message>
        <source>XML error at line %1: %2</source>
        <translation>Errore XML alla riga %1: %2</translation>
    </message>
    <message>
        <source>not an XML document</source>
        <translation>non è un documento XML</translation>
    </message>
    <message>
        <source>root element is not &lt;movie&gt; or &lt;tvshow&gt;</source>
        <translation>l&apos;elemento radice non è &lt;movie&gt; né &lt;tvshow&gt;</translation>
    </message>
    <message>
        <source>no &lt;title&gt;</source>
        <translation>&lt;title&gt; mancante</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TmdbSource</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation>Nessuna chiave API TMDB configurata</translation>
    </message>
    <message>
        <source>Invalid IMDb id</source>
        <translation>ID IMDb non valido</translation>
    </message>
    <message>
        <source>No TMDB %1 found for imdb_id %2</source>
        <translation>Nessun risultato TMDB di tipo %1 per imdb_id %2</translation>
    </message>
    <message>
        <source>Invalid TMDB id</source>
        <translation>ID TMDB non valido</translation>
    </message>
    <message>
        <source>Title not found on TMDB</source>
        <translation>Titolo non trovato su TMDB</translation>
    </message>
    <message>
        <source>Invalid image path</source>
        <translation>Percorso immagine non valido</translation>
    </message>
    <message>
        <source>Invalid image size</source>
        <translation>Dimensione immagine non valida</translation>
    </message>
    <message>
        <source>Poster image not found on TMDB</source>
        <translation>Immagine del poster non trovata su TMDB</translation>
    </message>
    <message>
        <source>Upstream sent an empty image</source>
        <translation>Il servizio upstream ha inviato un&apos;immagine vuota</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Upstream</name>
    <message>
        <source>Upstream error %1</source>
        <translation>Errore upstream %1</translation>
    </message>
    <message>
        <source>Upstream sent malformed JSON</source>
        <translation>Il servizio upstream ha inviato un JSON non valido</translation>
    </message>
</context>
<context>
    <name>Marquee::Storage</name>
    <message>
        <source>Cannot open the cache database: %1</source>
        <translation>Impossibile aprire il database della cache: %1</translation>
    </message>
    <message>
        <source>Cache database error: %1</source>
        <translation>Errore del database della cache: %1</translation>
    </message>
</context>
<context>
    <name>marqueed</name>
    <message>
        <source>Address to listen on (default 127.0.0.1; MARQUEE_HOST).</source>
        <translation>Indirizzo di ascolto (predefinito 127.0.0.1; MARQUEE_HOST).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>Port to listen on, 0 for any free port (default 8000; PORT).</source>
        <translation>Porta di ascolto, 0 per una porta libera qualsiasi (predefinita 8000; PORT).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>Data directory (MARQUEE_DATA_DIR).</source>
        <translation>Directory dei dati (MARQUEE_DATA_DIR).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Cache directory (MARQUEE_CACHE_DIR).</source>
        <translation>Directory della cache (MARQUEE_CACHE_DIR).</translation>
    </message>
    <message>
        <source>INI file with settings; environment variables override it.</source>
        <translation>File INI con le impostazioni; le variabili d&apos;ambiente hanno la precedenza.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Print every setting with its default and meaning, then exit.</source>
        <translation>Mostra ogni impostazione con il valore predefinito e il significato, poi esce.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0–65535)</source>
        <translation>--port: &apos;%1&apos; non è un numero di porta (0–65535)</translation>
    </message>
    <message>
        <source>Marquee poster daemon: renders rated posters and serves them over HTTP.</source>
        <translation>Demone di poster Marquee: genera poster con valutazioni e li serve via HTTP.</translation>
    </message>
    <message>
        <source>marqueed %1 listening on http://%2:%3</source>
        <translation>marqueed %1 in ascolto su http://%2:%3</translation>
    </message>
</context>
</TS>
