internal import CICU

/// Dictionary word segmentation through ICU's word break iterator. (Filled in by the statistics work.)
public enum WordBreak {}
