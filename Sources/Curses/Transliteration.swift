import Foundation

/// PROVISIONAL: the Curses work replaces this with a cached Han→pinyin ASCII transliteration.
public enum Transliteration {
    public static func ascii(_ text: String) -> String {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false) ?? text
        return latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
    }
}
