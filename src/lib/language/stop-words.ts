/**
 * Words that carry no topic in a support question or a ticket, one list per language, shared
 * by the site's search (src/lib/search/query-terms.ts) and the gap report's analyser
 * (src/lib/gaps/normalize/analyze.ts): a word customers use as filler is filler in both.
 *
 * Topic words (order, card, parcel, refund) never go here, nor do words that are a topic in
 * some help center (time, day, account). Question words are here: "where is my parcel" is about
 * the parcel; where a question word does carry the need ("where is" = tracking), the site's
 * synonyms say so as a phrase, which is matched before these words are dropped.
 */
const list = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  en: list(`
    a an the and or but if so of to in on at by for from with into about as is are was were be been
    being am i im i'm ive i've id i'd me my mine myself we our us you your yours it its it's this that
    these those there here do does did doing done can could would should will shall may might must have
    has had having get got getting how what when where which who whom why whats what's hows how's wheres
    where's help helping assist assistance support please pls plz thanks thank hi hello hey dear need
    needs want wanted wanna like know tell show let see look looking trying try tried question questions
    problem problems issue issues info information possible way ways some any just also still again very
    really not no yes ok okay ask asking asked request requesting check checking checked seeing find
    finding found expect expecting wait waiting happen happens go going gonna make able cases case
    situation situations circumstances inform informing notify notifying someone something anything
    everything thing things give quick quickly updates news take taking dont don't cant can't wont won't
    doesnt doesn't didnt didn't isnt isn't ill i'll youre you're cannot several many few lot lots he she
    they them their regards hope soon today yesterday asap sir madam team don doesn didn isn aren wasn
    weren haven hasn hadn couldn wouldn shouldn ll ve re ur ya yo gotta kinda lol thx thanx ty btw omg
    damn dammit goddamn goddam fuck fucking fuckin shit crap bloody hell ago after since already
    informed notified report reporting reported dollar dollars usd euro euros eur pound pounds gbp cent
    cents nothing anyone somebody anybody everyone stuff much makes made making goes gone went come
    comes coming came right now one two three four five six seven eight nine ten pm while put left
  `),
  ru: list(`
    я мне меня мой моя моё мое мои моего моей моим мы нам нас наш наша наши вы вам вас ваш ваша ваши он
    она они оно их его ее её и а но или если то же ли бы не ни да нет уже еще ещё так там тут вот это
    этот эта эти что чтобы как где когда почему зачем какой какая какие каким в во на с со по для у о об
    обо к ко от до из за при про под над без через здравствуйте добрый день привет пожалуйста спасибо
    помогите подскажите скажите хочу хотел хотела хотим нужно надо можно могу может могут есть был была
    было были быть буду будет сделать делать все ты только ему теперь даже ну вдруг него нибудь опять уж
    ведь потом себя ничего ей ней тебя чем сам чтоб будто чего раз тоже себе ж тогда кто того потому
    этого совсем ним здесь этом один почти тем нее сейчас куда всех никогда наконец два другой хоть
    после больше тот всего них много разве три эту впрочем хорошо свою этой перед иногда лучше чуть том
    нельзя такой им более всегда конечно всю между
  `),
  ko: list(`
    안녕하세요 감사합니다 고맙습니다 제 저 저는 제가 저의 내 나 나는 내가 그리고 그런데 근데 어떻게 어떡하나요 왜 언제 어디 어디서 어디에 무엇 뭐 뭔가요 좀 혹시 꼭 수 있나요
    있어요 있을까요 있습니까 되나요 돼요 되요 해요 하나요 할까요 해야 할 하면 하고 하려면 해주세요 주세요 알려주세요 부탁드립니다 부탁해요 합니다 했는데 하는데 했어요 싶어요
    싶습니다 문의 문의드립니다 궁금합니다 궁금해요 알고
  `),
  te: list(`
    నా నాకు నేను మా మాకు మీ మీరు మీకు ఈ ఆ మరియు కానీ లేదా ఎలా ఎందుకు ఏమి ఏమిటి ఎక్కడ ఎప్పుడు ఎంత దయచేసి
    ధన్యవాదాలు నమస్కారం ఉంది ఉన్నాయి చేయండి చేయాలి కావాలి గురించి లేదు
  `),
};

const NONE: ReadonlySet<string> = new Set();

/** The filler words of a language (a language without a list keeps every word). */
export function stopWords(locale: string): ReadonlySet<string> {
  return STOP_WORDS[locale] ?? NONE;
}
