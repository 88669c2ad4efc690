import Corpus
import Curses

/// The interactive browser. (Filled in by the browser work.)
public enum Browser {}
