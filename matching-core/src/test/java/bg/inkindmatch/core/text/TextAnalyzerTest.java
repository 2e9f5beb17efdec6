package bg.inkindmatch.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private double similarity(String a, String b) {
        return analyzer.profile(a).similarity(analyzer.profile(b));
    }

    @Test
    void bulgarianTypedInLatinMeetsCyrillic() {
        assertThat(similarity("higienni paketi", "хигиенни пакети")).isEqualTo(1.0);
        assertThat(similarity("Kantselarski materiali za detsa", "Канцеларски материали за деца")).isEqualTo(1.0);
    }

    @Test
    void stemmingMeetsOtherFormsOfAWord() {
        assertThat(similarity("Хигиенни материали", "хигиенен материал")).isGreaterThan(0.4);
        assertThat(similarity("training courses", "course for training")).isEqualTo(1.0);
    }

    @Test
    void stopWordsDoNotMakeTextsAlike() {
        assertThat(similarity("за и на от", "и за на")).isZero();
        assertThat(similarity("the of and", "and the")).isZero();
        assertThat(analyzer.profile("Пакети за жени и деца").wordCount()).isEqualTo(3);
    }

    @Test
    void unrelatedTextsAreNotAlike() {
        assertThat(similarity("Хигиенни пакети", "Офис мебели")).isZero();
        assertThat(similarity("", "Хигиенни пакети")).isZero();
        assertThat(analyzer.profile("  , . 42 ").wordCount()).isZero();
    }

    @Test
    void similarityIsSymmetricAndBetweenZeroAndOne() {
        String a = "Безплатен достъп до обучителната платформа";
        String b = "Достъп до онлайн обучения за клиентки";
        assertThat(similarity(a, b)).isEqualTo(similarity(b, a)).isBetween(0.0, 1.0).isPositive();
    }

    @Test
    void transliterationFollowsTheStreamlinedSystem() {
        assertThat(Transliteration.toCyrillic("shtastie")).isEqualTo("щастие");
        assertThat(Transliteration.toCyrillic("zhivot")).isEqualTo("живот");
        assertThat(Transliteration.toCyrillic("tsentar")).isEqualTo("центар");
        assertThat(Transliteration.toCyrillic("yunak")).isEqualTo("юнак");
        assertThat(Transliteration.toCyrillic("sofia")).isEqualTo("софия");
        assertThat(Transliteration.toCyrillic("chasha")).isEqualTo("чаша");
    }

}
