<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Local marqueed, started by the app</source>
        <translation>marqueed &amp;local, démarré par l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Remote daemon</source>
        <translation>Démon &amp;distant</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>The local daemon&apos;s log appears here.</source>
        <translation>Le journal du démon local s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Re&amp;fresh status</source>
        <translation>Actualiser l&apos;é&amp;tat</translation>
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
        <translation>Démon local à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>Choose the marqueed program</source>
        <translation>Choisir le programme marqueed</translation>
    </message>
    <message>
        <source>found next to the app or on PATH</source>
        <translation>cherché à côté de l&apos;application ou dans le PATH</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>the daemon&apos;s defaults (~/.local/share/marquee, ~/.cache/marquee)</source>
        <translation>les valeurs par défaut du démon (~/.local/share/marquee, ~/.cache/marquee)</translation>
    </message>
    <message>
        <source>Holds the daemon&apos;s database, user presets and cache (in its cache folder).</source>
        <translation>Contient la base de données du démon, les préréglages utilisateur et le cache (dans son dossier cache).</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation>Dossier de &amp;données :</translation>
    </message>
    <message>
        <source>marqueed program</source>
        <translation>Programme marqueed</translation>
    </message>
    <message>
        <source>only needed when the daemon has ACCESS_KEY</source>
        <translation>seulement si le démon a une ACCESS_KEY</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>&amp;Clé d&apos;accès :</translation>
    </message>
    <message>
        <source>marqueed not found: set its path above.</source>
        <translation>marqueed introuvable : indiquez son chemin ci-dessus.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Démarrage de %1…</translation>
    </message>
    <message>
        <source>Stopping the local daemon…</source>
        <translation>Arrêt du démon local…</translation>
    </message>
    <message>
        <source>No daemon answers at %1 (%2).</source>
        <translation>Aucun démon ne répond à %1 (%2).</translation>
    </message>
    <message>
        <source>Connected to %1 — ready.</source>
        <translation>Connecté à %1 — prêt.</translation>
    </message>
    <message>
        <source>Connected to %1 — not ready (%2).</source>
        <translation>Connecté à %1 — pas prêt (%2).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>Marquee::App::DaemonProcess</name>
    <message>
        <source>marqueed could not be started: %1</source>
        <translation>Impossible de démarrer marqueed : %1</translation>
    </message>
    <message>
        <source>marqueed crashed</source>
        <translation>marqueed a planté</translation>
    </message>
    <message>
        <source>marqueed exited with status %1</source>
        <translation>marqueed s&apos;est terminé avec le code %1</translation>
    </message>
</context>
<context>
    <name>Marquee::App::MainWindow</name>
    <message>
        <source>Marquee — poster configurator</source>
        <translation>Marquee — configurateur d&apos;affiches</translation>
    </message>
    <message>
        <source>Loaded preset “%1”.</source>
        <translation>Préréglage « %1 » chargé.</translation>
    </message>
    <message>
        <source>Editing configuration:</source>
        <translation>Édition de la configuration :</translation>
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
        <translation>Modifier la configuration A (Ctrl+1)</translation>
    </message>
    <message>
        <source>Edit configuration B (Ctrl+2)</source>
        <translation>Modifier la configuration B (Ctrl+2)</translation>
    </message>
    <message>
        <source>Co&amp;mpare A/B</source>
        <translation>Co&amp;mparer A/B</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Réiniti&amp;aliser</translation>
    </message>
    <message>
        <source>Reset the configuration being edited to the server defaults</source>
        <translation>Réinitialiser la configuration modifiée aux valeurs par défaut du serveur</translation>
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
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Préréglages</translation>
    </message>
    <message>
        <source>&amp;Daemon</source>
        <translation>&amp;Démon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import URL…</source>
        <translation>&amp;Importer une URL…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Copy /&amp;poster URL</source>
        <translation>Copier l&apos;URL /&amp;poster</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy /p U&amp;RL</source>
        <translation>Copier l&apos;U&amp;RL /p</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Copy RP&amp;DB URL</source>
        <translation>Copier l&apos;URL RP&amp;DB</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find title</source>
        <translation>&amp;Rechercher un titre</translation>
    </message>
    <message>
        <source>Edit configuration &amp;A</source>
        <translation>Modifier la configuration &amp;A</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Edit configuration &amp;B</source>
        <translation>Modifier la configuration &amp;B</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Compare A/B</source>
        <translation>&amp;Comparer A/B</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Copy A → B</source>
        <translation>Copier A → B</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Marquee</source>
        <translation>À &amp;propos de Marquee</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>About Marquee</source>
        <translation>À propos de Marquee</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configure rated posters and preview them exactly as the daemon renders them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marquee %1&lt;/h3&gt;&lt;p&gt;Configurez des affiches notées et prévisualisez-les exactement comme le démon les produit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l&apos;importation : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported a %1 URL: %n setting(s) differ from the defaults.</source>
        <translation>
            <numerusform>URL %1 importée : %n réglage diffère des valeurs par défaut.</numerusform>
            <numerusform>URL %1 importée : %n réglages diffèrent des valeurs par défaut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamEditor</name>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Pick a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>Selon la note</translation>
    </message>
    <message>
        <source>language code, e.g. en or pt-br</source>
        <translation>code de langue, p. ex. en ou pt-br</translation>
    </message>
    <message>
        <source>Ticked sashes in this order; drag or press Ctrl+Up/Ctrl+Down to reorder.</source>
        <translation>Bandeaux cochés dans cet ordre ; faites glisser ou appuyez sur Ctrl+Haut/Ctrl+Bas pour réordonner.</translation>
    </message>
    <message>
        <source>Default order</source>
        <translation>Ordre par défaut</translation>
    </message>
    <message>
        <source>Own weights (otherwise the server&apos;s)</source>
        <translation>Poids personnalisés (sinon ceux du serveur)</translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamForm</name>
    <message>
        <source>URL parameter %1, default “%2”%3</source>
        <translation>Paramètre d&apos;URL %1, par défaut « %2 »%3</translation>
    </message>
</context>
<context>
    <name>Marquee::App::ParamLabels</name>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Landscape art</source>
        <translation>Image paysage</translation>
    </message>
    <message>
        <source>Landscape badge position</source>
        <translation>Position du badge (paysage)</translation>
    </message>
    <message>
        <source>Fallback poster style</source>
        <translation>Style de l&apos;affiche de repli</translation>
    </message>
    <message>
        <source>Top vignette</source>
        <translation>Vignette du haut</translation>
    </message>
    <message>
        <source>Bottom vignette</source>
        <translation>Vignette du bas</translation>
    </message>
    <message>
        <source>Top vignette opacity</source>
        <translation>Opacité de la vignette du haut</translation>
    </message>
    <message>
        <source>Top vignette height</source>
        <translation>Hauteur de la vignette du haut</translation>
    </message>
    <message>
        <source>Bottom vignette opacity</source>
        <translation>Opacité de la vignette du bas</translation>
    </message>
    <message>
        <source>Bottom vignette height</source>
        <translation>Hauteur de la vignette du bas</translation>
    </message>
    <message>
        <source>Top vignette only with a sash</source>
        <translation>Vignette du haut seulement avec un bandeau</translation>
    </message>
    <message>
        <source>Top vignette colour from poster</source>
        <translation>Couleur de la vignette du haut tirée de l&apos;affiche</translation>
    </message>
    <message>
        <source>Bottom vignette colour from poster</source>
        <translation>Couleur de la vignette du bas tirée de l&apos;affiche</translation>
    </message>
    <message>
        <source>Vignette colour saturation</source>
        <translation>Saturation de la couleur de vignette</translation>
    </message>
    <message>
        <source>Vignette colour lightness</source>
        <translation>Luminosité de la couleur de vignette</translation>
    </message>
    <message>
        <source>Vignette colour blur</source>
        <translation>Flou de la couleur de vignette</translation>
    </message>
    <message>
        <source>Two-tone vignette</source>
        <translation>Vignette bicolore</translation>
    </message>
    <message>
        <source>Blend into nearby art</source>
        <translation>Fondre avec l&apos;image voisine</translation>
    </message>
    <message>
        <source>Rating display mode</source>
        <translation>Mode d&apos;affichage de la note</translation>
    </message>
    <message>
        <source>Colour palette</source>
        <translation>Palette de couleurs</translation>
    </message>
    <message>
        <source>Custom palette</source>
        <translation>Palette personnalisée</translation>
    </message>
    <message>
        <source>Rating text colour</source>
        <translation>Couleur du texte de la note</translation>
    </message>
    <message>
        <source>Hide genre</source>
        <translation>Masquer le genre</translation>
    </message>
    <message>
        <source>Accent bar font size</source>
        <translation>Taille du texte de la barre d&apos;accent</translation>
    </message>
    <message>
        <source>Accent bar text position</source>
        <translation>Position du texte de la barre d&apos;accent</translation>
    </message>
    <message>
        <source>Accent bar label suffix</source>
        <translation>Suffixe de l&apos;étiquette de la barre d&apos;accent</translation>
    </message>
    <message>
        <source>Accent bar position</source>
        <translation>Position de la barre d&apos;accent</translation>
    </message>
    <message>
        <source>Glow threshold</source>
        <translation>Seuil de la lueur</translation>
    </message>
    <message>
        <source>Glow blur</source>
        <translation>Flou de la lueur</translation>
    </message>
    <message>
        <source>Glow brightness</source>
        <translation>Intensité de la lueur</translation>
    </message>
    <message>
        <source>Glow colour</source>
        <translation>Couleur de la lueur</translation>
    </message>
    <message>
        <source>Score font size</source>
        <translation>Taille du texte de la note</translation>
    </message>
    <message>
        <source>Score position</source>
        <translation>Position de la note</translation>
    </message>
    <message>
        <source>Score out of 10</source>
        <translation>Note sur 10</translation>
    </message>
    <message>
        <source>Minimalist font size</source>
        <translation>Taille du texte minimaliste</translation>
    </message>
    <message>
        <source>Minimalist horizontal position</source>
        <translation>Position horizontale minimaliste</translation>
    </message>
    <message>
        <source>Minimalist vertical position</source>
        <translation>Position verticale minimaliste</translation>
    </message>
    <message>
        <source>Minimalist append</source>
        <translation>Ajout minimaliste</translation>
    </message>
    <message>
        <source>Minimalist score out of 10</source>
        <translation>Note minimaliste sur 10</translation>
    </message>
    <message>
        <source>Centre under the logo</source>
        <translation>Centrer sous le logo</translation>
    </message>
    <message>
        <source>Minimalist separator</source>
        <translation>Séparateur minimaliste</translation>
    </message>
    <message>
        <source>Minimalist rating separator</source>
        <translation>Séparateur minimaliste de la note</translation>
    </message>
    <message>
        <source>Bar style</source>
        <translation>Style de la barre</translation>
    </message>
    <message>
        <source>Rating bar colour</source>
        <translation>Couleur de la barre de note</translation>
    </message>
    <message>
        <source>Bar append</source>
        <translation>Ajout de la barre</translation>
    </message>
    <message>
        <source>Bar score out of 10</source>
        <translation>Note de la barre sur 10</translation>
    </message>
    <message>
        <source>Bar height</source>
        <translation>Hauteur de la barre</translation>
    </message>
    <message>
        <source>Bar font size</source>
        <translation>Taille du texte de la barre</translation>
    </message>
    <message>
        <source>Bar opacity</source>
        <translation>Opacité de la barre</translation>
    </message>
    <message>
        <source>Bar colour saturation</source>
        <translation>Saturation de la couleur de la barre</translation>
    </message>
    <message>
        <source>Bar inset from bottom</source>
        <translation>Retrait de la barre depuis le bas</translation>
    </message>
    <message>
        <source>Reference colour</source>
        <translation>Couleur de référence</translation>
    </message>
    <message>
        <source>Textless art</source>
        <translation>Image sans texte</translation>
    </message>
    <message>
        <source>Original art</source>
        <translation>Image originale</translation>
    </message>
    <message>
        <source>Original art source</source>
        <translation>Source de l&apos;image originale</translation>
    </message>
    <message>
        <source>Logo language</source>
        <translation>Langue du logo</translation>
    </message>
    <message>
        <source>Secondary logo language</source>
        <translation>Langue secondaire du logo</translation>
    </message>
    <message>
        <source>Language priority</source>
        <translation>Priorité des langues</translation>
    </message>
    <message>
        <source>Logo width</source>
        <translation>Largeur du logo</translation>
    </message>
    <message>
        <source>Logo height</source>
        <translation>Hauteur du logo</translation>
    </message>
    <message>
        <source>Logo position</source>
        <translation>Position du logo</translation>
    </message>
    <message>
        <source>Anchor logo at its bottom</source>
        <translation>Ancrer le logo par le bas</translation>
    </message>
    <message>
        <source>Info sash mode</source>
        <translation>Mode du bandeau d&apos;information</translation>
    </message>
    <message>
        <source>Sash priority</source>
        <translation>Priorité des bandeaux</translation>
    </message>
    <message>
        <source>Muted sashes</source>
        <translation>Bandeaux atténués</translation>
    </message>
    <message>
        <source>Sash colour from poster</source>
        <translation>Couleur du bandeau tirée de l&apos;affiche</translation>
    </message>
    <message>
        <source>Sash distance from corner</source>
        <translation>Distance du bandeau au coin</translation>
    </message>
    <message>
        <source>Sash size</source>
        <translation>Taille du bandeau</translation>
    </message>
    <message>
        <source>Winner star</source>
        <translation>Étoile du lauréat</translation>
    </message>
    <message>
        <source>Sash text colour</source>
        <translation>Couleur du texte du bandeau</translation>
    </message>
    <message>
        <source>Notch style</source>
        <translation>Style de l&apos;encoche</translation>
    </message>
    <message>
        <source>Notch width</source>
        <translation>Largeur de l&apos;encoche</translation>
    </message>
    <message>
        <source>Notch height</source>
        <translation>Hauteur de l&apos;encoche</translation>
    </message>
    <message>
        <source>Notch padding</source>
        <translation>Marge intérieure de l&apos;encoche</translation>
    </message>
    <message>
        <source>Notch inset</source>
        <translation>Retrait de l&apos;encoche</translation>
    </message>
    <message>
        <source>Notch font size</source>
        <translation>Taille du texte de l&apos;encoche</translation>
    </message>
    <message>
        <source>Notch opacity</source>
        <translation>Opacité de l&apos;encoche</translation>
    </message>
    <message>
        <source>Notch colour saturation</source>
        <translation>Saturation de la couleur de l&apos;encoche</translation>
    </message>
    <message>
        <source>Match tinted vignette</source>
        <translation>Assortir à la vignette teintée</translation>
    </message>
    <message>
        <source>Greyscale poster if unavailable</source>
        <translation>Affiche en niveaux de gris si indisponible</translation>
    </message>
    <message>
        <source>Consider available if a source is found</source>
        <translation>Considérer disponible si une source existe</translation>
    </message>
    <message>
        <source>Release status: unavailable only</source>
        <translation>Statut de sortie : indisponibles seulement</translation>
    </message>
    <message>
        <source>Release status: show date</source>
        <translation>Statut de sortie : afficher la date</translation>
    </message>
    <message>
        <source>Quality display mode</source>
        <translation>Mode d&apos;affichage de la qualité</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>Taille du badge</translation>
    </message>
    <message>
        <source>Badge gap</source>
        <translation>Espacement des badges</translation>
    </message>
    <message>
        <source>Badge horizontal position</source>
        <translation>Position horizontale du badge</translation>
    </message>
    <message>
        <source>Badge vertical position</source>
        <translation>Position verticale du badge</translation>
    </message>
    <message>
        <source>Minimum quality</source>
        <translation>Qualité minimale</translation>
    </message>
    <message>
        <source>Stacked layout</source>
        <translation>Disposition empilée</translation>
    </message>
    <message>
        <source>Wait for quality</source>
        <translation>Attendre la qualité</translation>
    </message>
    <message>
        <source>Greyscale if no quality</source>
        <translation>Niveaux de gris sans qualité</translation>
    </message>
    <message>
        <source>Movie weights</source>
        <translation>Poids des films</translation>
    </message>
    <message>
        <source>TV weights</source>
        <translation>Poids des séries</translation>
    </message>
    <message>
        <source>Anime movie weights</source>
        <translation>Poids des films d&apos;animation japonaise</translation>
    </message>
    <message>
        <source>Anime TV weights</source>
        <translation>Poids des séries d&apos;animation japonaise</translation>
    </message>
    <message>
        <source>Fall back to IMDb</source>
        <translation>Se rabattre sur IMDb</translation>
    </message>
    <message>
        <source>IMDb rating source</source>
        <translation>Source de la note IMDb</translation>
    </message>
    <message>
        <source>TMDB rating source</source>
        <translation>Source de la note TMDB</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Accent bar</source>
        <translation>Barre d&apos;accent</translation>
    </message>
    <message>
        <source>Numeric score</source>
        <translation>Note numérique</translation>
    </message>
    <message>
        <source>Minimalist line</source>
        <translation>Ligne minimaliste</translation>
    </message>
    <message>
        <source>Rating bar</source>
        <translation>Barre de note</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark/light</source>
        <translation>Sombre/clair</translation>
    </message>
    <message>
        <source>Prestige</source>
        <translation>Prestige</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Info sash</source>
        <translation>Bandeau d&apos;information</translation>
    </message>
    <message>
        <source>Year and info sash</source>
        <translation>Année et bandeau d&apos;information</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Séparé</translation>
    </message>
    <message>
        <source>Quality and age rating</source>
        <translation>Qualité et classification d&apos;âge</translation>
    </message>
    <message>
        <source>Quality badge row</source>
        <translation>Rangée de badges de qualité</translation>
    </message>
    <message>
        <source>Age rating only</source>
        <translation>Classification d&apos;âge seulement</translation>
    </message>
    <message>
        <source>Quality notch</source>
        <translation>Encoche de qualité</translation>
    </message>
    <message>
        <source>Combined badge</source>
        <translation>Badge combiné</translation>
    </message>
    <message>
        <source>Quality bookmark</source>
        <translation>Signet de qualité</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Textless</source>
        <translation>Sans texte</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>En haut à gauche</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>En haut à droite</translation>
    </message>
    <message>
        <source>Beside the logo</source>
        <translation>À côté du logo</translation>
    </message>
    <message>
        <source>Textured backdrop</source>
        <translation>Fond texturé</translation>
    </message>
    <message>
        <source>Photorealistic</source>
        <translation>Photoréaliste</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barre</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Puce</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Frosted</source>
        <translation>Givré</translation>
    </message>
    <message>
        <source>Pure black</source>
        <translation>Noir pur</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <source>Rating black</source>
        <translation>Noir avec note</translation>
    </message>
    <message>
        <source>Rating frosted</source>
        <translation>Givré avec note</translation>
    </message>
    <message>
        <source>Colour sample</source>
        <translation>Échantillon de couleur</translation>
    </message>
    <message>
        <source>Light palette</source>
        <translation>Palette claire</translation>
    </message>
    <message>
        <source>Dark/light palette</source>
        <translation>Palette sombre/claire</translation>
    </message>
    <message>
        <source>Prestige palette</source>
        <translation>Palette prestige</translation>
    </message>
    <message>
        <source>Rating and year</source>
        <translation>Note et année</translation>
    </message>
    <message>
        <source>Sash</source>
        <translation>Bandeau</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Top rated</source>
        <translation>Mieux notée</translation>
    </message>
    <message>
        <source>Native, then original</source>
        <translation>Native, puis originale</translation>
    </message>
    <message>
        <source>Original, then native</source>
        <translation>Originale, puis native</translation>
    </message>
    <message>
        <source>Native if the original is English</source>
        <translation>Native si l&apos;originale est en anglais</translation>
    </message>
    <message>
        <source>Native, else title text</source>
        <translation>Native, sinon texte du titre</translation>
    </message>
    <message>
        <source>Native, custom, else text</source>
        <translation>Native, personnalisée, sinon texte</translation>
    </message>
    <message>
        <source>Native, custom, original, else text</source>
        <translation>Native, personnalisée, originale, sinon texte</translation>
    </message>
    <message>
        <source>Notch</source>
        <translation>Encoche</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <source>MDBList</source>
        <translation>MDBList</translation>
    </message>
    <message>
        <source>IMDb dataset</source>
        <translation>Jeu de données IMDb</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Repli</translation>
    </message>
    <message>
        <source>Direct (TMDB)</source>
        <translation>Directe (TMDB)</translation>
    </message>
    <message>
        <source>Match the score</source>
        <translation>Selon la note</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetClient</name>
    <message>
        <source>A preset name is 1–40 characters: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Un nom de préréglage compte 1 à 40 caractères : minuscules, chiffres, « _ » et « - ».</translation>
    </message>
    <message>
        <source>That name belongs to a built-in preset.</source>
        <translation>Ce nom appartient à un préréglage intégré.</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PresetPanel</name>
    <message>
        <source>&amp;New from current…</source>
        <translation>&amp;Nouveau à partir de l&apos;actuel…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Load into editor</source>
        <translation>&amp;Charger dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>User presets are stored by the daemon and served at /p/{name}/… and as an RPDB key. Built-in presets are read-only; duplicate one to change it.</source>
        <translation>Le démon enregistre les préréglages utilisateur et les sert à /p/{name}/… et comme clé RPDB. Les préréglages intégrés sont en lecture seule ; dupliquez-en un pour le modifier.</translation>
    </message>
    <message>
        <source>%1 — %2 (built-in)</source>
        <translation>%1 — %2 (intégré)</translation>
    </message>
    <message>
        <source>Could not list the daemon&apos;s presets: %1</source>
        <translation>Impossible de lister les préréglages du démon : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user preset(s) on the daemon.</source>
        <translation>
            <numerusform>%n préréglage utilisateur sur le démon.</numerusform>
            <numerusform>%n préréglages utilisateur sur le démon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Unknown preset “%1”.</source>
        <translation>Préréglage inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Non dupliqué : %1</translation>
    </message>
    <message>
        <source>Copied “%1” to “%2”.</source>
        <translation>« %1 » copié vers « %2 ».</translation>
    </message>
    <message>
        <source>Only user presets can be renamed.</source>
        <translation>Seuls les préréglages utilisateur peuvent être renommés.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Non renommé : %1</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>« %1 » renommé en « %2 ».</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>Name (a–z, 0–9, &apos;_&apos; or &apos;-&apos;; up to 40):</source>
        <translation>Nom (a–z, 0–9, « _ » ou « - » ; 40 au plus) :</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Nouveau préréglage</translation>
    </message>
    <message>
        <source>Duplicate preset</source>
        <translation>Dupliquer le préréglage</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Delete the preset “%1” from the daemon?</source>
        <translation>Supprimer le préréglage « %1 » du démon ?</translation>
    </message>
    <message>
        <source>Names from /server-caps only: the daemon wants an access key to show or change them (%1).</source>
        <translation>Noms de /server-caps seulement : le démon exige une clé d&apos;accès pour les afficher ou les modifier (%1).</translation>
    </message>
</context>
<context>
    <name>Marquee::App::PreviewPane</name>
    <message>
        <source>%1 × %2 · rendered in %3 ms</source>
        <translation>%1 × %2 · rendu en %3 ms</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Échec de l&apos;aperçu : %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu en cours…</translation>
    </message>
</context>
<context>
    <name>Marquee::App::TitleSearch</name>
    <message>
        <source>Local library (offline)</source>
        <translation>Bibliothèque locale (hors ligne)</translation>
    </message>
    <message>
        <source>TMDB (with your key)</source>
        <translation>TMDB (avec votre clé)</translation>
    </message>
    <message>
        <source>Daemon /search</source>
        <translation>/search du démon</translation>
    </message>
    <message>
        <source>Title, tt… or TMDB id (Ctrl+F)</source>
        <translation>Titre, tt… ou id TMDB (Ctrl+F)</translation>
    </message>
    <message>
        <source>needed for TMDB titles</source>
        <translation>nécessaire pour les titres TMDB</translation>
    </message>
    <message>
        <source>optional: ratings for TMDB titles</source>
        <translation>facultative : notes des titres TMDB</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Rec&amp;herche :</translation>
    </message>
    <message>
        <source>T&amp;MDB key:</source>
        <translation>Clé T&amp;MDB :</translation>
    </message>
    <message>
        <source>MD&amp;BList key:</source>
        <translation>Clé MD&amp;BList :</translation>
    </message>
    <message>
        <source>Previewing: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Aperçu : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter a TMDB key to search TMDB.</source>
        <translation>Saisissez une clé TMDB pour chercher dans TMDB.</translation>
    </message>
    <message>
        <source>TMDB did not answer.</source>
        <translation>TMDB n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>TMDB answered HTTP %1.</source>
        <translation>TMDB a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The daemon&apos;s search failed: %1</source>
        <translation>La recherche du démon a échoué : %1</translation>
    </message>
    <message>
        <source>No titles found.</source>
        <translation>Aucun titre trouvé.</translation>
    </message>
</context>
<context>
    <name>Marquee::App::UrlPanel</name>
    <message>
        <source>Use {tmdb_id}</source>
        <translation>Utiliser {tmdb_id}</translation>
    </message>
    <message>
        <source>Paste a /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg URL</source>
        <translation>Collez une URL /poster?…, /p/{preset}/{type}/{id}.jpg ou /{key}/imdb/poster-default/{id}.jpg</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Templates name the title by {tmdb_id} instead of {imdb_id}.</source>
        <translation>Les modèles désignent le titre par {tmdb_id} au lieu de {imdb_id}.</translation>
    </message>
    <message>
        <source>Import &amp;URL:</source>
        <translation>Importer une &amp;URL :</translation>
    </message>
    <message>
        <source>Pr&amp;eset for /p and RPDB:</source>
        <translation>Pr&amp;éréglage pour /p et RPDB :</translation>
    </message>
    <message>
        <source>/poster template:</source>
        <translation>Modèle /poster :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>/p template:</source>
        <translation>Modèle /p :</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>RPDB template:</source>
        <translation>Modèle RPDB :</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy this URL to the clipboard</source>
        <translation>Copier cette URL dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>marquee</name>
    <message>
        <source>The preview did not finish in time; the screenshot may be incomplete.</source>
        <translation>L&apos;aperçu n&apos;a pas fini à temps ; la capture peut être incomplète.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Impossible d&apos;écrire la capture %1</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Marquee configurator: design rated posters and copy their URLs.</source>
        <translation>Configurateur Marquee : concevez des affiches notées et copiez leurs URL.</translation>
    </message>
    <message>
        <source>Write a PNG of the main window (fresh settings) and exit.</source>
        <translation>Écrire un PNG de la fenêtre principale (réglages neufs) et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Preview this title (tt… id) at start.</source>
        <translation>Prévisualiser ce titre (id tt…) au démarrage.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Show configuration B from this built-in preset beside A.</source>
        <translation>Afficher la configuration B tirée de ce préréglage intégré à côté de A.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>préréglage</translation>
    </message>
    <message>
        <source>Keep the app&apos;s state in this INI file.</source>
        <translation>Conserver l&apos;état de l&apos;application dans ce fichier INI.</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos;</source>
        <translation>Préréglage inconnu « %1 »</translation>
    </message>
    <message>
        <source>Open this parameter tab (1–6) at start.</source>
        <translation>Ouvrir cet onglet de paramètres (1–6) au démarrage.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
</context>
</TS>
