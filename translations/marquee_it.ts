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
    <message>
        <source>OBJECT_STORE_URL: unsupported scheme &apos;%1&apos; (use s3://, s3+http:// or s3+https://)</source>
        <translation>OBJECT_STORE_URL: schema &apos;%1&apos; non supportato (usa s3://, s3+http:// o s3+https://)</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: the object store at %1 is unreachable (%2)</source>
        <translation>OBJECT_STORE_URL: l&apos;object storage su %1 non è raggiungibile (%2)</translation>
    </message>
    <message>
        <source>OBJECT_STORE_URL: %1</source>
        <translation>OBJECT_STORE_URL: %1</translation>
    </message>
    <message>
        <source>not an s3://, s3+http:// or s3+https:// URL</source>
        <translation>non è un URL s3://, s3+http:// o s3+https://</translation>
    </message>
    <message>
        <source>credentials belong in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, not in the URL</source>
        <translation>le credenziali vanno in AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY, non nell&apos;URL</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>parametro sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>endpoint= is only for s3:// URLs</source>
        <translation>endpoint= vale solo per gli URL s3://</translation>
    </message>
    <message>
        <source>the endpoint must be an http:// or https:// URL</source>
        <translation>l&apos;endpoint deve essere un URL http:// o https://</translation>
    </message>
    <message>
        <source>invalid region</source>
        <translation>regione non valida</translation>
    </message>
    <message>
        <source>invalid bucket name &apos;%1&apos;</source>
        <translation>nome del bucket non valido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid prefix</source>
        <translation>prefisso non valido</translation>
    </message>
    <message>
        <source>addressing must be path or virtual</source>
        <translation>addressing deve essere path o virtual</translation>
    </message>
    <message>
        <source>%1, bucket %2</source>
        <translation>%1, bucket %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>nessuna risposta in tempo utile</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>connessione non riuscita</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Object store %1 failed at %2: %3</source>
        <translation>Operazione %1 dell&apos;object storage non riuscita su %2: %3</translation>
    </message>
    <message>
        <source>Object store bucket not found at %1</source>
        <translation>Bucket dell&apos;object storage non trovato su %1</translation>
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
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Preset sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Invalid id (expected tt… under /imdb/)</source>
        <translation>ID non valido (atteso tt… sotto /imdb/)</translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIME must be HH:MM (got &quot;%1&quot;)</source>
        <translation>TRENDING_FETCH_TIME deve essere nel formato HH:MM (ricevuto &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>TRENDING_FETCH_TIMEZONE: unknown time zone &quot;%1&quot;</source>
        <translation>TRENDING_FETCH_TIMEZONE: fuso orario sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Foreground budget in milliseconds of one poster&apos;s upstream work; past it the poster is served provisional with the data at hand and the fetch completes in the background (0 = no budget)</source>
        <translation>Budget in primo piano, in millisecondi, del lavoro upstream di un poster; oltre questo limite il poster viene servito come provvisorio con i dati disponibili e il recupero si completa in background (0 = nessun budget)</translation>
    </message>
    <message>
        <source>Extra attempts of an upstream GET after a 5xx or network error (jittered exponential backoff, never past the deadline)</source>
        <translation>Tentativi aggiuntivi di una GET upstream dopo un errore 5xx o di rete (backoff esponenziale con jitter, mai oltre il tempo limite)</translation>
    </message>
    <message>
        <source>Delay before the first retry; doubles per attempt with 25% jitter, at most 4 s</source>
        <translation>Attesa prima del primo nuovo tentativo; raddoppia a ogni tentativo con il 25% di jitter, al massimo 4 s</translation>
    </message>
    <message>
        <source>Upstream requests in flight per host at once (0 = unlimited)</source>
        <translation>Richieste upstream in corso contemporaneamente per host (0 = illimitate)</translation>
    </message>
    <message>
        <source>MDBList rating fetches in flight at once (0 = no cap)</source>
        <translation>Recuperi di valutazioni MDBList in corso contemporaneamente (0 = nessun limite)</translation>
    </message>
    <message>
        <source>Consecutive failed requests that open a service&apos;s circuit breaker (fail fast; 0 = no breaker)</source>
        <translation>Richieste fallite consecutive che aprono il circuit breaker di un servizio (errore immediato; 0 = nessun circuit breaker)</translation>
    </message>
    <message>
        <source>How long an open breaker fails fast before one probe request may test the service</source>
        <translation>Per quanto tempo un circuit breaker aperto fallisce subito prima che una richiesta di prova possa verificare il servizio</translation>
    </message>
    <message>
        <source>Download the IMDb ratings dataset for imdb_rating_source=dataset or fallback</source>
        <translation>Scarica il dataset delle valutazioni IMDb per imdb_rating_source=dataset o fallback</translation>
    </message>
    <message>
        <source>Where the gzip ratings TSV of the IMDb dataset is downloaded from</source>
        <translation>Da dove viene scaricato il TSV gzip delle valutazioni del dataset IMDb</translation>
    </message>
    <message>
        <source>SQLite file of the IMDb dataset; processes sharing it download it once</source>
        <translation>File SQLite del dataset IMDb; i processi che lo condividono lo scaricano una sola volta</translation>
    </message>
    <message>
        <source>Hours between IMDb dataset downloads (at least 1)</source>
        <translation>Ore tra un download e l&apos;altro del dataset IMDb (almeno 1)</translation>
    </message>
    <message>
        <source>IMDb dataset rows with fewer votes than this are ignored</source>
        <translation>Le righe del dataset IMDb con meno voti di questo valore vengono ignorate</translation>
    </message>
    <message>
        <source>A theatrical release older than this many years counts as Streaming (0 = never)</source>
        <translation>Un&apos;uscita nelle sale più vecchia di questo numero di anni conta come Streaming (0 = mai)</translation>
    </message>
    <message>
        <source>Daily HH:MM at which trending ranks are refreshed; empty = every 24 h</source>
        <translation>Orario giornaliero HH:MM in cui si aggiornano le posizioni di tendenza; vuoto = ogni 24 h</translation>
    </message>
    <message>
        <source>Time zone of TRENDING_FETCH_TIME</source>
        <translation>Fuso orario di TRENDING_FETCH_TIME</translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending sash</source>
        <translation>Le posizioni di tendenza fino a questo numero ricevono la fascia trending</translation>
    </message>
    <message>
        <source>Trending ranks up to this number get the trending_broad sash</source>
        <translation>Le posizioni di tendenza fino a questo numero ricevono la fascia trending_broad</translation>
    </message>
    <message>
        <source>Custom movie trending list URL (TMDB-shaped or MDBList list JSON); empty = TMDB trending</source>
        <translation>URL di un elenco personalizzato di film di tendenza (JSON in formato TMDB o elenco MDBList); vuoto = tendenze TMDB</translation>
    </message>
    <message>
        <source>Custom series trending list URL; empty = TMDB trending</source>
        <translation>URL di un elenco personalizzato di serie di tendenza; vuoto = tendenze TMDB</translation>
    </message>
    <message>
        <source>Entries read from a custom trending list at most</source>
        <translation>Numero massimo di voci lette da un elenco di tendenza personalizzato</translation>
    </message>
    <message>
        <source>Seconds fetched trending ranks stay valid</source>
        <translation>Secondi di validità delle posizioni di tendenza recuperate</translation>
    </message>
    <message>
        <source>Where quality badge data comes from: aiostreams, scraper or qualicache</source>
        <translation>Provenienza dei dati dei badge di qualità: aiostreams, scraper o qualicache</translation>
    </message>
    <message>
        <source>AIOStreams base URL (QUALITY_SOURCE=aiostreams); empty = no quality badges</source>
        <translation>URL di base di AIOStreams (QUALITY_SOURCE=aiostreams); vuoto = nessun badge di qualità</translation>
    </message>
    <message>
        <source>AIOStreams Basic credentials, base64 of uuid:password</source>
        <translation>Credenziali Basic di AIOStreams, uuid:password in base64</translation>
    </message>
    <message>
        <source>Stremio addon manifest or stremio:// link (QUALITY_SOURCE=scraper); empty = no quality badges</source>
        <translation>Manifest di un addon Stremio o link stremio:// (QUALITY_SOURCE=scraper); vuoto = nessun badge di qualità</translation>
    </message>
    <message>
        <source>QualiCache base URL (QUALITY_SOURCE=qualicache); empty = no quality badges</source>
        <translation>URL di base di QualiCache (QUALITY_SOURCE=qualicache); vuoto = nessun badge di qualità</translation>
    </message>
    <message>
        <source>QualiCache key, sent as X-API-Key</source>
        <translation>Chiave QualiCache, inviata come X-API-Key</translation>
    </message>
    <message>
        <source>Lowest QualiCache trust level accepted: high, medium or low</source>
        <translation>Livello di affidabilità QualiCache minimo accettato: high, medium o low</translation>
    </message>
    <message>
        <source>Days quality data of titles older than 14 days is kept (newer titles: 1 day)</source>
        <translation>Giorni di conservazione dei dati di qualità dei titoli con più di 14 giorni (titoli più recenti: 1 giorno)</translation>
    </message>
    <message>
        <source>Background quality fetches running at once</source>
        <translation>Recuperi dei dati di qualità in background eseguiti contemporaneamente</translation>
    </message>
    <message>
        <source>Seconds a wait_for_quality=true request waits for quality data</source>
        <translation>Secondi di attesa dei dati di qualità per una richiesta wait_for_quality=true</translation>
    </message>
    <message>
        <source>PostgreSQL connections kept open (DATABASE_URL postgres://)</source>
        <translation>Connessioni PostgreSQL mantenute aperte (DATABASE_URL postgres://)</translation>
    </message>
    <message>
        <source>PostgreSQL connections at most; a query waits up to 10 s for a free one</source>
        <translation>Numero massimo di connessioni PostgreSQL; una query attende fino a 10 s che se ne liberi una</translation>
    </message>
    <message>
        <source>Coordination between replicas (claims, leases, rate limits); empty = in-process</source>
        <translation>Coordinamento tra repliche (prenotazioni, lease, limiti di richieste); vuoto = nel processo</translation>
    </message>
    <message>
        <source>Prefix of every Redis key</source>
        <translation>Prefisso di ogni chiave Redis</translation>
    </message>
    <message>
        <source>Seconds between cache prunes (expired posters, old ratings and metadata); one replica prunes at a time</source>
        <translation>Secondi tra una pulizia della cache e l&apos;altra (poster scaduti, valutazioni e metadati vecchi); una sola replica alla volta esegue la pulizia</translation>
    </message>
    <message>
        <source>Seconds after start before the first cache prune</source>
        <translation>Secondi dopo l&apos;avvio prima della prima pulizia della cache</translation>
    </message>
    <message>
        <source>Public (CDN) base of the object store: cached posters answer with a redirect there</source>
        <translation>Base pubblica (CDN) dell&apos;object storage: i poster in cache rispondono con un reindirizzamento verso di essa</translation>
    </message>
    <message>
        <source>Access key id for an s3:// OBJECT_STORE_URL (empty = unsigned requests)</source>
        <translation>ID della chiave di accesso per un OBJECT_STORE_URL s3:// (vuoto = richieste non firmate)</translation>
    </message>
    <message>
        <source>Secret access key for an s3:// OBJECT_STORE_URL; never logged</source>
        <translation>Chiave di accesso segreta per un OBJECT_STORE_URL s3://; mai registrata nei log</translation>
    </message>
    <message>
        <source>Replaced or expired poster blobs are deleted this many seconds later (CDN links stay valid)</source>
        <translation>I blob dei poster sostituiti o scaduti vengono eliminati dopo questo numero di secondi (i link della CDN restano validi)</translation>
    </message>
    <message>
        <source>Longest max-age of a redirect to the CDN copy; also capped by the poster&apos;s expiry and kept below the grace</source>
        <translation>max-age massimo di un reindirizzamento alla copia sulla CDN; limitato anche dalla scadenza del poster e mantenuto sotto il periodo di tolleranza</translation>
    </message>
    <message>
        <source>Threads accepting and answering HTTP requests (cache hits are answered on them); 0 = one per core, at most 4</source>
        <translation>Thread che accettano e rispondono alle richieste HTTP (le risposte dalla cache vengono date su di essi); 0 = uno per core, al massimo 4</translation>
    </message>
</context>
<context>
    <name>Marquee::Config::PosterUrlCodec</name>
    <message>
        <source>Not a valid URL</source>
        <translation>Non è un URL valido</translation>
    </message>
    <message>
        <source>Not a poster URL (expected /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg)</source>
        <translation>Non è un URL di poster (atteso /poster?…, /p/{preset}/{type}/{id}.jpg o /{key}/imdb/poster-default/{id}.jpg)</translation>
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
    <message>
        <source>Hidden (palettes do not apply)</source>
        <translation>Nascosta (le palette non si applicano)</translation>
    </message>
    <message>
        <source>Frosted Bar with its rating stripe (bar_style=rating_frosted, bar_accent=palette_N)</source>
        <translation>Barra smerigliata con la sua striscia di valutazione (bar_style=rating_frosted, bar_accent=palette_N)</translation>
    </message>
    <message>
        <source>Fallback canvas (no art) × genre</source>
        <translation>Tela di riserva (senza immagine) × genere</translation>
    </message>
    <message>
        <source>fallback_bg_style: titles without any art</source>
        <translation>fallback_bg_style: titoli senza alcuna immagine</translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination</name>
    <message>
        <source>REDIS_URL: &apos;%1&apos; is not a database number (in %2)</source>
        <translation>REDIS_URL: &apos;%1&apos; non è un numero di database (in %2)</translation>
    </message>
    <message>
        <source>REDIS_URL: a unix:// URL needs an absolute socket path, as in unix:///run/redis/redis.sock (got %1)</source>
        <translation>REDIS_URL: un URL unix:// richiede un percorso assoluto del socket, come unix:///run/redis/redis.sock (ricevuto %1)</translation>
    </message>
    <message>
        <source>REDIS_URL: no host in %1</source>
        <translation>REDIS_URL: nessun host in %1</translation>
    </message>
    <message>
        <source>REDIS_URL: invalid port in %1</source>
        <translation>REDIS_URL: porta non valida in %1</translation>
    </message>
    <message>
        <source>Redis at %1: %2</source>
        <translation>Redis su %1: %2</translation>
    </message>
    <message>
        <source>Redis at %1 answered PING with &apos;%2&apos;</source>
        <translation>Redis su %1 ha risposto a PING con &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Marquee::Coordination::RedisEndpoint</name>
    <message>
        <source>REDIS_URL: not a valid URL</source>
        <translation>REDIS_URL: non è un URL valido</translation>
    </message>
    <message>
        <source>REDIS_URL: rediss:// (TLS) is not supported by this build (hiredis without TLS); use redis:// through a local TLS tunnel such as stunnel</source>
        <translation>REDIS_URL: rediss:// (TLS) non è supportato da questa build (hiredis senza TLS); usa redis:// tramite un tunnel TLS locale come stunnel</translation>
    </message>
    <message>
        <source>REDIS_URL: unsupported scheme &apos;%1&apos; (use redis:// or unix://, or leave it empty for in-process coordination)</source>
        <translation>REDIS_URL: schema &apos;%1&apos; non supportato (usa redis:// o unix://, oppure lascialo vuoto per il coordinamento nel processo)</translation>
    </message>
</context>
<context>
    <name>Marquee::Daemon</name>
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
    <message>
        <source>Cannot share the listening socket: %1</source>
        <translation>Impossibile condividere il socket in ascolto: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::PresetApiRoutes</name>
    <message>
        <source>The request body is larger than 16 KiB</source>
        <translation>Il corpo della richiesta supera i 16 KiB</translation>
    </message>
    <message>
        <source>The body must be a JSON object like {&quot;query&quot;: &quot;rating_display_mode=4&quot;}</source>
        <translation>Il corpo deve essere un oggetto JSON come {&quot;query&quot;: &quot;rating_display_mode=4&quot;}</translation>
    </message>
    <message>
        <source>The body needs a string field &quot;query&quot;</source>
        <translation>Il corpo richiede un campo stringa &quot;query&quot;</translation>
    </message>
    <message>
        <source>Without ACCESS_KEY the preset API only answers clients on this machine; set ACCESS_KEY to manage presets remotely.</source>
        <translation>Senza ACCESS_KEY l&apos;API dei preset risponde solo ai client di questa macchina; imposta ACCESS_KEY per gestire i preset da remoto.</translation>
    </message>
    <message>
        <source>No user preset named &apos;%1&apos;</source>
        <translation>Nessun preset utente chiamato &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id; choose another name</source>
        <translation>&apos;%1&apos; è l&apos;ID di un preset integrato; scegli un altro nome</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ProbeRoutes</name>
    <message>
        <source>Not ready: %1</source>
        <translation>Non pronto: %1</translation>
    </message>
    <message>
        <source>Coordinator unreachable; serving without it (fail-open)</source>
        <translation>Coordinatore non raggiungibile; si serve senza di esso (fail-open)</translation>
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
    <name>Marquee::Http::RpdbRoutes</name>
    <message>
        <source>Invalid id (imdb: tt…; tmdb: movie-&lt;id&gt;, series-&lt;id&gt; or &lt;id&gt;)</source>
        <translation>ID non valido (imdb: tt…; tmdb: movie-&lt;id&gt;, series-&lt;id&gt; o &lt;id&gt;)</translation>
    </message>
    <message>
        <source>Unknown preset or access key</source>
        <translation>Preset o chiave di accesso sconosciuti</translation>
    </message>
    <message>
        <source>TVDB ids cannot be resolved by this server; use the imdb or tmdb form</source>
        <translation>Questo server non può risolvere gli ID TVDB; usa la forma imdb o tmdb</translation>
    </message>
    <message>
        <source>Invalid id source (imdb|tmdb|tvdb)</source>
        <translation>Origine dell&apos;ID non valida (imdb|tmdb|tvdb)</translation>
    </message>
</context>
<context>
    <name>Marquee::Http::ServingSwitch</name>
    <message>
        <source>Poster serving is paused by the operator; try again later</source>
        <translation>Il servizio dei poster è sospeso dall&apos;operatore; riprova più tardi</translation>
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
    <name>Marquee::Http::WebRoute</name>
    <message>
        <source>Open this page with ?access_key=… appended to the address.</source>
        <translation>Apri questa pagina aggiungendo ?access_key=… all&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Configurator not found</source>
        <translation>Configuratore non trovato</translation>
    </message>
</context>
<context>
    <name>Marquee::MigrateStorageCommand</name>
    <message>
        <source>The SQLite cache database to read (e.g. &lt;cache dir&gt;/cache.db).</source>
        <translation>Il database di cache SQLite da leggere (ad es. &lt;directory della cache&gt;/cache.db).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The PostgreSQL database to fill (postgres:// or postgresql:// URL).</source>
        <translation>Il database PostgreSQL da riempire (URL postgres:// o postgresql://).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Give both --from &lt;cache.db&gt; and --to &lt;postgres url&gt;; see marqueed migrate-storage --help</source>
        <translation>Indica sia --from &lt;cache.db&gt; sia --to &lt;url postgres&gt;; vedi marqueed migrate-storage --help</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argomento imprevisto: %1</translation>
    </message>
    <message>
        <source>--from: no SQLite database at %1</source>
        <translation>--from: nessun database SQLite in %1</translation>
    </message>
    <message>
        <source>--to: not a postgres:// or postgresql:// URL</source>
        <translation>--to: non è un URL postgres:// o postgresql://</translation>
    </message>
    <message>
        <source>migrate-storage: %1 %2/%3</source>
        <translation>migrate-storage: %1 %2/%3</translation>
    </message>
    <message>
        <source>Copies an SQLite cache database into PostgreSQL: ratings, metadata, the IMDb→TMDB map, composite rows, user presets and the keyed cache. Existing rows are overwritten (upserts), so running it again is harmless. Poster images (blobs) are not copied: they stay in the object store or cache folder the composite rows point at, so the new replicas must use the same OBJECT_STORE_URL (or a copy of it).</source>
        <translation>Copia un database di cache SQLite in PostgreSQL: valutazioni, metadati, la mappa IMDb→TMDB, le righe dei compositi, i preset utente e la cache per chiave. Le righe esistenti vengono sovrascritte (upsert), quindi rieseguirlo non causa problemi. Le immagini dei poster (blob) non vengono copiate: restano nell&apos;object storage o nella cartella della cache a cui puntano le righe dei compositi, quindi le nuove repliche devono usare lo stesso OBJECT_STORE_URL (o una sua copia).</translation>
    </message>
    <message>
        <source>copied %1 rows to %2 (%3)</source>
        <translation>%1 righe copiate in %2 (%3)</translation>
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
    <message>
        <source>Upstream did not answer within the deadline</source>
        <translation>Il servizio upstream non ha risposto entro il tempo limite</translation>
    </message>
    <message>
        <source>Too many upstream requests in flight to this host</source>
        <translation>Troppe richieste upstream in corso verso questo host</translation>
    </message>
    <message>
        <source>Upstream temporarily unavailable (circuit open)</source>
        <translation>Servizio upstream temporaneamente non disponibile (circuit breaker aperto)</translation>
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
    <name>Marquee::Pipeline::ImdbDatasetJob</name>
    <message>
        <source>Cannot write the IMDb dataset download to %1</source>
        <translation>Impossibile scrivere il download del dataset IMDb in %1</translation>
    </message>
    <message>
        <source>The IMDb dataset download was stopped</source>
        <translation>Il download del dataset IMDb è stato interrotto</translation>
    </message>
    <message>
        <source>The IMDb dataset download is larger than %1 bytes</source>
        <translation>Il download del dataset IMDb supera i %1 byte</translation>
    </message>
    <message>
        <source>The IMDb dataset download timed out (%1)</source>
        <translation>Timeout del download del dataset IMDb (%1)</translation>
    </message>
    <message>
        <source>The IMDb dataset download failed with status %1 (%2)</source>
        <translation>Download del dataset IMDb non riuscito con stato %1 (%2)</translation>
    </message>
    <message>
        <source>The IMDb dataset download failed (%1)</source>
        <translation>Download del dataset IMDb non riuscito (%1)</translation>
    </message>
    <message>
        <source>IMDB_DATASET_URL is not a valid URL</source>
        <translation>IMDB_DATASET_URL non è un URL valido</translation>
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
    <name>Marquee::Pipeline::MdbListKeyRotation</name>
    <message>
        <source>All MDBList keys are cooling down</source>
        <translation>Tutte le chiavi MDBList sono in pausa temporanea</translation>
    </message>
    <message>
        <source>MDBList rate limit reached</source>
        <translation>Limite di richieste MDBList raggiunto</translation>
    </message>
</context>
<context>
    <name>Marquee::Pipeline::MetadataCache</name>
    <message>
        <source>Upstream request timed out</source>
        <translation>Timeout della richiesta al servizio upstream</translation>
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
    <name>Marquee::Pipeline::PreviewRenderer</name>
    <message>
        <source>Title not in the local library (a TMDB key renders any title)</source>
        <translation>Titolo non presente nella libreria locale (con una chiave TMDB si genera qualsiasi titolo)</translation>
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
    <name>Marquee::Pipeline::TrendingJob</name>
    <message>
        <source>No TMDB API key configured</source>
        <translation>Nessuna chiave API TMDB configurata</translation>
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
    <name>Marquee::Presets::PresetResolver</name>
    <message>
        <source>A preset name is 1–40 characters of a–z, 0–9, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Un nome di preset ha da 1 a 40 caratteri tra a–z, 0–9, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Preset sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The preset query is longer than %1 characters</source>
        <translation>La query del preset supera i %1 caratteri</translation>
    </message>
    <message>
        <source>Unknown parameter &apos;%1&apos; in the preset query</source>
        <translation>Parametro sconosciuto &apos;%1&apos; nella query del preset</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in preset id and cannot be redefined</source>
        <translation>&apos;%1&apos; è l&apos;ID di un preset integrato e non può essere ridefinito</translation>
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
    <message>
        <source>Write a PNG grid of every preset, every rating mode × palette and the fallback canvases instead.</source>
        <translation>Scrive invece una griglia PNG di tutti i preset, di tutte le modalità di valutazione × palette e delle tele di riserva.</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources</name>
    <message>
        <source>IMDb dataset database error (%1): %2</source>
        <translation>Errore del database del dataset IMDb (%1): %2</translation>
    </message>
    <message>
        <source>Cannot open the IMDb dataset at %1</source>
        <translation>Impossibile aprire il dataset IMDb in %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::ImdbDataset</name>
    <message>
        <source>Cannot read the IMDb dataset download</source>
        <translation>Impossibile leggere il download del dataset IMDb</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::Importer</name>
    <message>
        <source>The IMDb dataset is not a ratings TSV</source>
        <translation>Il dataset IMDb non è un TSV di valutazioni</translation>
    </message>
    <message>
        <source>The IMDb dataset download is damaged: %1</source>
        <translation>Il download del dataset IMDb è danneggiato: %1</translation>
    </message>
    <message>
        <source>The IMDb dataset holds no usable rating</source>
        <translation>Il dataset IMDb non contiene alcuna valutazione utilizzabile</translation>
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
    <message>
        <source>MDBList daily request quota used up</source>
        <translation>Quota giornaliera di richieste MDBList esaurita</translation>
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
    <name>Marquee::Sources::QualitySource</name>
    <message>
        <source>%1 error %2</source>
        <translation>Errore %2 di %1</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON</source>
        <translation>%1 ha inviato un JSON non valido</translation>
    </message>
    <message>
        <source>%1 reported a failure</source>
        <translation>%1 ha segnalato un errore</translation>
    </message>
    <message>
        <source>QualiCache rejected the API key (401): check QUALICACHE_API_KEY</source>
        <translation>QualiCache ha rifiutato la chiave API (401): controlla QUALICACHE_API_KEY</translation>
    </message>
    <message>
        <source>QualiCache answered an unknown status</source>
        <translation>QualiCache ha risposto con uno stato sconosciuto</translation>
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
    <message>
        <source>Invalid trending window</source>
        <translation>Intervallo di tendenza non valido</translation>
    </message>
    <message>
        <source>No trending list on TMDB</source>
        <translation>Nessun elenco di tendenza su TMDB</translation>
    </message>
</context>
<context>
    <name>Marquee::Sources::TrendingSource</name>
    <message>
        <source>Trending list is neither TMDB nor MDBList JSON</source>
        <translation>L&apos;elenco di tendenza non è un JSON né di TMDB né di MDBList</translation>
    </message>
    <message>
        <source>No TMDB source for trending</source>
        <translation>Nessuna fonte TMDB per le tendenze</translation>
    </message>
    <message>
        <source>Invalid trending list URL</source>
        <translation>URL dell&apos;elenco di tendenza non valido</translation>
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
    <message>
        <source>no database connection became free within %1 ms (DB_POOL_MAX_SIZE %2)</source>
        <translation>nessuna connessione al database si è liberata entro %1 ms (DB_POOL_MAX_SIZE %2)</translation>
    </message>
    <message>
        <source>PostgreSQL (%1): %2</source>
        <translation>PostgreSQL (%1): %2</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>copia di %1: %2</translation>
    </message>
    <message>
        <source>no SQLite database at %1</source>
        <translation>nessun database SQLite in %1</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossibile aprire %1</translation>
    </message>
    <message>
        <source>DATABASE_URL: unsupported scheme &quot;%1&quot; (use postgres:// or postgresql://, or leave it empty for SQLite)</source>
        <translation>DATABASE_URL: schema &quot;%1&quot; non supportato (usa postgres:// o postgresql://, oppure lascialo vuoto per SQLite)</translation>
    </message>
    <message>
        <source>DATABASE_URL: cannot open the database: %1</source>
        <translation>DATABASE_URL: impossibile aprire il database: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayController</name>
    <message>
        <source>--tray: no system tray is available on this display; running headless.</source>
        <translation>--tray: nessuna area di notifica disponibile su questo schermo; esecuzione senza interfaccia.</translation>
    </message>
    <message>
        <source>Open configurator</source>
        <translation>Apri il configuratore</translation>
    </message>
    <message>
        <source>Copy poster URL</source>
        <translation>Copia l&apos;URL del poster</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiato: %1</translation>
    </message>
    <message>
        <source>Pause serving</source>
        <translation>Sospendi il servizio</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Resume serving</source>
        <translation>Riprendi il servizio</translation>
    </message>
</context>
<context>
    <name>Marquee::Tray::TrayStatus</name>
    <message>
        <source>Paused (posters answer 503) — %1</source>
        <translation>In pausa (i poster rispondono 503) — %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>In ascolto su %1</translation>
    </message>
    <message>
        <source>Renders: %1 (%2 in flight)</source>
        <translation>Rendering: %1 (%2 in corso)</translation>
    </message>
    <message>
        <source>Renders: %1</source>
        <translation>Rendering: %1</translation>
    </message>
    <message>
        <source>%1 in memory (%2)</source>
        <translation>%1 in memoria (%2)</translation>
    </message>
    <message>
        <source>Cache: storage unavailable · %1</source>
        <translation>Cache: archiviazione non disponibile · %1</translation>
    </message>
    <message>
        <source>Cache: %1 posters, %2 on disk · %3</source>
        <translation>Cache: %1 poster, %2 su disco · %3</translation>
    </message>
    <message>
        <source>Cache: %1 posters · %2</source>
        <translation>Cache: %1 poster · %2</translation>
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
    <message>
        <source>Show a system-tray icon (status, open configurator, copy URL, pause, quit); runs headless with a message when there is no tray.</source>
        <translation>Mostra un&apos;icona nell&apos;area di notifica (stato, apri configuratore, copia URL, sospendi, esci); senza area di notifica viene eseguito senza interfaccia con un messaggio.</translation>
    </message>
</context>
</TS>
