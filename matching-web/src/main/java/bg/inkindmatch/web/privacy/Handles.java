package bg.inkindmatch.web.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds ways to reach a person outside the platform other than a phone or an e-mail: a
 * profile link of a social network or messenger ({@code facebook.com/maria.ivanova},
 * {@code t.me/maria_iv}, {@code wa.me/…}), a handle ({@code @maria_iv}), or a messenger
 * named with an account ({@code Skype: maria.ivanova84}, {@code Telegram - maria_iv}).
 * Reads the lower-case text with {@code at} and {@code dot} already resolved, looking
 * only a bounded distance from each place: linear in the text.
 */
final class Handles {

    /** Profile addresses, as they follow a start of a word. */
    private static final List<String> PROFILE_LINKS = List.of("facebook.com/", "fb.com/", "fb.me/", "m.me/",
            "instagram.com/", "instagr.am/", "t.me/", "telegram.me/", "telegram.dog/", "wa.me/", "whatsapp.com/",
            "tiktok.com/", "twitter.com/", "x.com/", "linkedin.com/in/", "vk.com/", "ok.ru/", "youtube.com/@",
            "threads.net/", "snapchat.com/", "viber://", "skype:", "discord.gg/", "discord.com/users/", "signal.me/");

    /** Names of messengers and networks, in Latin and Cyrillic. */
    private static final List<String> MESSENGERS = List.of("telegram", "телеграм", "tg", "тг", "skype", "скайп",
            "viber", "вайбър", "whatsapp", "уатсап", "вотсап", "instagram", "инстаграм", "insta", "инста", "facebook",
            "фейсбук", "fb", "фб", "tiktok", "тикток", "discord", "дискорд", "snapchat", "messenger", "месинджър",
            "signal", "threema", "wechat");

    /**
     * Spaces around the dots, slashes and colons of a link: {@code facebook . com / x}.
     */
    private static final Pattern COMPACT = Pattern.compile(" {0,3}([./:]) {0,3}");

    private static final int SHORTEST_HANDLE = 3;

    private static final int LONGEST_HANDLE = 64;

    private Handles() {
    }

    /**
     * @param lower the text in lower case (where messengers' Cyrillic names are read)
     * @param latin the same with "at" and "dot" resolved and Cyrillic look-alikes in
     * Latin
     */
    static boolean appearIn(String lower, String latin) {
        String compact = COMPACT.matcher(latin).replaceAll("$1");
        return hasProfileLink(compact) || hasHandle(compact) || hasNamedAccount(compact)
                || hasNamedAccount(COMPACT.matcher(lower).replaceAll("$1"));
    }

    private static boolean hasProfileLink(String text) {
        for (String link : PROFILE_LINKS) {
            for (int at = text.indexOf(link); at >= 0; at = text.indexOf(link, at + 1)) {
                boolean startsWord = at == 0 || !isHandleChar(text.charAt(at - 1)) || text.charAt(at - 1) == '.';
                int after = at + link.length();
                if (startsWord && after < text.length() && isHandleChar(text.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code @maria_iv}: an {@code @} that starts a word, then a name in Latin letters.
     */
    private static boolean hasHandle(String text) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            boolean startsWord = at == 0 || !isHandleChar(text.charAt(at - 1)) && text.charAt(at - 1) != '%';
            if (startsWord && handleLength(text, at + 1) >= SHORTEST_HANDLE && isLatinLetter(text, at + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A messenger's name, then a separator and an account name in Latin letters, or an
     * account name with a digit, {@code _} or {@code .} in it.
     */
    private static boolean hasNamedAccount(String text) {
        for (String messenger : MESSENGERS) {
            for (int at = text.indexOf(messenger); at >= 0; at = text.indexOf(messenger, at + 1)) {
                int end = at + messenger.length();
                boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (word && accountFollows(text, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean accountFollows(String text, int from) {
        int i = from;
        boolean separator = false;
        while (i < text.length() && i < from + 4 && " :-–—=@".indexOf(text.charAt(i)) >= 0) {
            separator |= text.charAt(i) != ' ';
            i++;
        }
        int length = handleLength(text, i);
        if (length < SHORTEST_HANDLE || !isLatinLetter(text, i)) {
            return false;
        }
        String account = text.substring(i, i + length);
        return separator || account.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '.');
    }

    private static int handleLength(String text, int from) {
        int i = from;
        while (i < text.length() && i < from + LONGEST_HANDLE && isHandleChar(text.charAt(i))) {
            i++;
        }
        // a sentence's full stop after a handle is not part of it
        while (i > from && text.charAt(i - 1) == '.') {
            i--;
        }
        return i - from;
    }

    private static boolean isLatinLetter(String text, int i) {
        return i < text.length() && (text.charAt(i) >= 'a' && text.charAt(i) <= 'z' || text.charAt(i) == '_');
    }

    private static boolean isHandleChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.';
    }

}
