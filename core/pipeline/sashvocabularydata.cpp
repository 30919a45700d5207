#include "core/pipeline/sashvocabulary_p.h"

// Poster words of the six shipped languages. The English words are the keys of the reference's
// languages/*.json files; the other languages use sentence case and the shortest natural wording,
// because every label must fit the diagonal sash and the notch.
namespace Marquee::Pipeline::VocabularyData {

const std::array<const char *, SashWordCount> &englishWords()
{
    static const std::array<const char *, SashWordCount> words{
        "Oscar Winner", "Oscar Nominee", "Emmy Winner", "Emmy Nominee", "Globe Winner", "Globe Nominee",
        "Palme d'Or", "Cannes Winner", "Golden Lion", "Venice Winner", "Golden Bear", "Berlin Winner",
        "Golden Leopard", "Locarno Winner", "Sundance GJ", "Sundance Winner",
        "Must-See", "New", "Premiere", "Just Added", "New Season", "Season Finale", "Returning",
        "Cult Classic", "True Story", "Short Film", "Mini Series", "Binge Ready", "Foreign",
        "Airing", "Ended", "Cancelled", "Physical", "Streaming", "Cinema", "Production",
    };
    return words;
}

const std::array<LanguageName, LanguageNameCount> &languageNames()
{
    static const std::array<LanguageName, LanguageNameCount> names{{
        {"fr", "French"}, {"de", "German"}, {"es", "Spanish"}, {"it", "Italian"}, {"pt", "Portuguese"},
        {"ja", "Japanese"}, {"ko", "Korean"}, {"zh cn", "Chinese"}, {"da", "Danish"}, {"sv", "Swedish"},
        {"no nb nn", "Norwegian"}, {"fi", "Finnish"}, {"nl", "Dutch"}, {"pl", "Polish"}, {"ru", "Russian"},
        {"tr", "Turkish"}, {"ar", "Arabic"}, {"hi", "Hindi"}, {"fa", "Persian"}, {"ro", "Romanian"},
        {"hu", "Hungarian"}, {"cs", "Czech"}, {"he", "Hebrew"}, {"el", "Greek"}, {"te", "Telugu"},
        {"ta", "Tamil"}, {"ml", "Malayalam"}, {"kn", "Kannada"}, {"bn", "Bengali"}, {"mr", "Marathi"},
        {"pa", "Punjabi"}, {"gu", "Gujarati"}, {"ur", "Urdu"}, {"th", "Thai"}, {"vi", "Vietnamese"},
        {"id", "Indonesian"}, {"ms", "Malay"}, {"tl", "Filipino"}, {"uk", "Ukrainian"}, {"is", "Icelandic"},
        {"ca", "Catalan"}, {"sr", "Serbian"}, {"hr", "Croatian"}, {"bg", "Bulgarian"}, {"sk", "Slovak"},
        {"et", "Estonian"}, {"lv", "Latvian"}, {"lt", "Lithuanian"}, {"ka", "Georgian"}, {"af", "Afrikaans"},
        {"sw", "Swahili"},
    }};
    return names;
}

const std::array<const char *, GenreCount> &genreKeys()
{
    static const std::array<const char *, GenreCount> keys{
        "Unknown", "Action", "Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama",
        "Family", "Fantasy", "History", "Horror", "Music", "Mystery", "Romance", "Sci-Fi", "Thriller",
        "War", "Western", "Kids", "News", "Reality", "Soap", "Talk",
    };
    return keys;
}

const Table &english()
{
    static const Table table{
        "en", {}, {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
        "#{rank} Today", "{month} {day} {window}", "{month} {year} {window}", {}, {},
    };
    return table;
}

namespace {

const Table spanish{
    "es",
    {"Ganadora del Óscar", "Nominada al Óscar", "Ganadora del Emmy", "Nominada al Emmy", "Globo de Oro",
     "Nominada al Globo", "Palma de Oro", "Premio Cannes", "León de Oro", "Premio Venecia", "Oso de Oro",
     "Premio Berlín", "Leopardo de Oro", "Premio Locarno", "Jurado Sundance", "Premio Sundance",
     "Imprescindible", "Nuevo", "Estreno", "Recién añadido", "Nueva temporada", "Final de temporada", "Regresa",
     "De culto", "Hechos reales", "Cortometraje", "Miniserie", "Para maratonear", "Extranjera",
     "En emisión", "Finalizada", "Cancelada", "Formato físico", "Streaming", "En cines", "En producción"},
    {"Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"},
    "#{rank} hoy", "{window} {day} {month}", "{window} {month} {year}",
    {"Francés", "Alemán", "Español", "Italiano", "Portugués", "Japonés", "Coreano", "Chino", "Danés", "Sueco",
     "Noruego", "Finlandés", "Neerlandés", "Polaco", "Ruso", "Turco", "Árabe", "Hindi", "Persa", "Rumano",
     "Húngaro", "Checo", "Hebreo", "Griego", "Telugu", "Tamil", "Malayalam", "Canarés", "Bengalí", "Maratí",
     "Panyabí", "Guyaratí", "Urdu", "Tailandés", "Vietnamita", "Indonesio", "Malayo", "Filipino", "Ucraniano",
     "Islandés", "Catalán", "Serbio", "Croata", "Búlgaro", "Eslovaco", "Estonio", "Letón", "Lituano",
     "Georgiano", "Afrikáans", "Suajili"},
    {"Desconocido", "Acción", "Aventura", "Animación", "Comedia", "Crimen", "Documental", "Drama", "Familiar",
     "Fantasía", "Historia", "Terror", "Música", "Misterio", "Romance", "Ciencia ficción", "Suspense", "Bélica",
     "Western", "Infantil", "Noticias", "Reality", "Telenovela", "Entrevistas"},
};

const Table french{
    "fr",
    {"Oscarisé", "Nommé aux Oscars", "Lauréat Emmy", "Nommé aux Emmy", "Golden Globe", "Nommé Golden Globe",
     "Palme d'or", "Primé à Cannes", "Lion d'or", "Primé à Venise", "Ours d'or", "Primé à Berlin",
     "Léopard d'or", "Primé à Locarno", "Jury Sundance", "Primé à Sundance",
     "Incontournable", "Nouveau", "Première", "Ajout récent", "Nouvelle saison", "Finale de saison", "Retour",
     "Culte", "Histoire vraie", "Court métrage", "Mini-série", "À dévorer", "Étranger",
     "En diffusion", "Terminée", "Annulée", "Support physique", "Streaming", "Au cinéma", "En production"},
    {"Janv", "Févr", "Mars", "Avr", "Mai", "Juin", "Juil", "Août", "Sept", "Oct", "Nov", "Déc"},
    "#{rank} du jour", "{window} {day} {month}", "{window} {month} {year}",
    {"Français", "Allemand", "Espagnol", "Italien", "Portugais", "Japonais", "Coréen", "Chinois", "Danois",
     "Suédois", "Norvégien", "Finnois", "Néerlandais", "Polonais", "Russe", "Turc", "Arabe", "Hindi", "Persan",
     "Roumain", "Hongrois", "Tchèque", "Hébreu", "Grec", "Télougou", "Tamoul", "Malayalam", "Kannada",
     "Bengali", "Marathi", "Pendjabi", "Gujarati", "Ourdou", "Thaï", "Vietnamien", "Indonésien", "Malais",
     "Filipino", "Ukrainien", "Islandais", "Catalan", "Serbe", "Croate", "Bulgare", "Slovaque", "Estonien",
     "Letton", "Lituanien", "Géorgien", "Afrikaans", "Swahili"},
    {"Inconnu", "Action", "Aventure", "Animation", "Comédie", "Policier", "Documentaire", "Drame", "Familial",
     "Fantastique", "Histoire", "Horreur", "Musique", "Mystère", "Romance", "Science-fiction", "Thriller",
     "Guerre", "Western", "Jeunesse", "Actualités", "Téléréalité", "Feuilleton", "Talk-show"},
};

const Table italian{
    "it",
    {"Premio Oscar", "Candidato all'Oscar", "Premio Emmy", "Candidato Emmy", "Golden Globe", "Candidato Globe",
     "Palma d'oro", "Premio Cannes", "Leone d'oro", "Premio Venezia", "Orso d'oro", "Premio Berlino",
     "Pardo d'oro", "Premio Locarno", "Giuria Sundance", "Premio Sundance",
     "Da non perdere", "Nuovo", "Debutto", "Appena aggiunto", "Nuova stagione", "Finale di stagione", "Di ritorno",
     "Cult", "Storia vera", "Cortometraggio", "Miniserie", "Da maratona", "Straniero",
     "In onda", "Conclusa", "Cancellata", "Formato fisico", "Streaming", "Al cinema", "In produzione"},
    {"Gen", "Feb", "Mar", "Apr", "Mag", "Giu", "Lug", "Ago", "Set", "Ott", "Nov", "Dic"},
    "#{rank} oggi", "{window} {day} {month}", "{window} {month} {year}",
    {"Francese", "Tedesco", "Spagnolo", "Italiano", "Portoghese", "Giapponese", "Coreano", "Cinese", "Danese",
     "Svedese", "Norvegese", "Finlandese", "Olandese", "Polacco", "Russo", "Turco", "Arabo", "Hindi", "Persiano",
     "Rumeno", "Ungherese", "Ceco", "Ebraico", "Greco", "Telugu", "Tamil", "Malayalam", "Kannada", "Bengalese",
     "Marathi", "Punjabi", "Gujarati", "Urdu", "Thailandese", "Vietnamita", "Indonesiano", "Malese", "Filippino",
     "Ucraino", "Islandese", "Catalano", "Serbo", "Croato", "Bulgaro", "Slovacco", "Estone", "Lettone",
     "Lituano", "Georgiano", "Afrikaans", "Swahili"},
    {"Sconosciuto", "Azione", "Avventura", "Animazione", "Commedia", "Crimine", "Documentario", "Dramma",
     "Famiglia", "Fantasy", "Storia", "Horror", "Musica", "Mistero", "Romantico", "Fantascienza", "Thriller",
     "Guerra", "Western", "Bambini", "Notizie", "Reality", "Soap opera", "Talk show"},
};

const Table portuguese{
    "pt",
    {"Vencedor do Óscar", "Nomeado ao Óscar", "Vencedor de Emmy", "Nomeado aos Emmy", "Globo de Ouro",
     "Nomeado ao Globo", "Palma de Ouro", "Prémio Cannes", "Leão de Ouro", "Prémio Veneza", "Urso de Ouro",
     "Prémio Berlim", "Leopardo de Ouro", "Prémio Locarno", "Júri Sundance", "Prémio Sundance",
     "Imperdível", "Novo", "Estreia", "Recém-adicionado", "Nova temporada", "Final de temporada", "Regressa",
     "De culto", "História verídica", "Curta-metragem", "Minissérie", "Para maratonar", "Estrangeiro",
     "Em exibição", "Terminada", "Cancelada", "Suporte físico", "Streaming", "Nos cinemas", "Em produção"},
    {"Jan", "Fev", "Mar", "Abr", "Mai", "Jun", "Jul", "Ago", "Set", "Out", "Nov", "Dez"},
    "#{rank} hoje", "{window} {day} {month}", "{window} {month} {year}",
    {"Francês", "Alemão", "Espanhol", "Italiano", "Português", "Japonês", "Coreano", "Chinês", "Dinamarquês",
     "Sueco", "Norueguês", "Finlandês", "Neerlandês", "Polaco", "Russo", "Turco", "Árabe", "Hindi", "Persa",
     "Romeno", "Húngaro", "Checo", "Hebraico", "Grego", "Telugu", "Tâmil", "Malaiala", "Canarês", "Bengali",
     "Marata", "Punjabi", "Guzerate", "Urdu", "Tailandês", "Vietnamita", "Indonésio", "Malaio", "Filipino",
     "Ucraniano", "Islandês", "Catalão", "Sérvio", "Croata", "Búlgaro", "Eslovaco", "Estónio", "Letão",
     "Lituano", "Georgiano", "Africânder", "Suaíli"},
    {"Desconhecido", "Ação", "Aventura", "Animação", "Comédia", "Crime", "Documentário", "Drama", "Família",
     "Fantasia", "História", "Terror", "Música", "Mistério", "Romance", "Ficção científica", "Thriller", "Guerra",
     "Western", "Infantil", "Notícias", "Reality", "Telenovela", "Talk show"},
};

const Table brazilian{
    "pt-br",
    {"Vencedor do Oscar", "Indicado ao Oscar", "Vencedor do Emmy", "Indicado ao Emmy", "Globo de Ouro",
     "Indicado ao Globo", "Palma de Ouro", "Prêmio Cannes", "Leão de Ouro", "Prêmio Veneza", "Urso de Ouro",
     "Prêmio Berlim", "Leopardo de Ouro", "Prêmio Locarno", "Júri Sundance", "Prêmio Sundance",
     "Imperdível", "Lançamento", "Estreia", "Acabou de chegar", "Nova temporada", "Final de temporada",
     "Novos episódios", "Clássico cult", "Baseado em fatos", "Curta-metragem", "Minissérie", "Pra maratonar",
     "Estrangeiro", "Em exibição", "Encerrada", "Cancelada", "Mídia física", "Streaming", "Nos cinemas",
     "Em produção"},
    {"Jan", "Fev", "Mar", "Abr", "Mai", "Jun", "Jul", "Ago", "Set", "Out", "Nov", "Dez"},
    "#{rank} hoje", "{window} {day} {month}", "{window} {month} {year}",
    {"Francês", "Alemão", "Espanhol", "Italiano", "Português", "Japonês", "Coreano", "Chinês", "Dinamarquês",
     "Sueco", "Norueguês", "Finlandês", "Holandês", "Polonês", "Russo", "Turco", "Árabe", "Hindi", "Persa",
     "Romeno", "Húngaro", "Tcheco", "Hebraico", "Grego", "Télugo", "Tâmil", "Malaiala", "Canarês", "Bengali",
     "Marata", "Punjabi", "Guzerate", "Urdu", "Tailandês", "Vietnamita", "Indonésio", "Malaio", "Filipino",
     "Ucraniano", "Islandês", "Catalão", "Sérvio", "Croata", "Búlgaro", "Eslovaco", "Estoniano", "Letão",
     "Lituano", "Georgiano", "Africâner", "Suaíli"},
    {"Desconhecido", "Ação", "Aventura", "Animação", "Comédia", "Policial", "Documentário", "Drama", "Família",
     "Fantasia", "História", "Terror", "Musical", "Mistério", "Romance", "Ficção científica", "Suspense",
     "Guerra", "Faroeste", "Infantil", "Notícias", "Reality show", "Novela", "Talk show"},
};

} // namespace

const std::array<const Table *, 6> &tables()
{
    static const std::array<const Table *, 6> all{&english(), &spanish, &french, &italian, &portuguese, &brazilian};
    return all;
}

} // namespace Marquee::Pipeline::VocabularyData
