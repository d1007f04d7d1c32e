package io.reptempo.sim;

/** What a planned movement means for the ground truth. */
enum MovementRole {
    /** Lowering (lengthening) inside a rep's eccentric phase. */
    ECCENTRIC,
    /** Raising (shortening) that forms a rep's concentric phase. */
    CONCENTRIC,
    /** Unwanted push back up inside a lowering; stays inside the eccentric phase. */
    SHORTENING,
    /** Part of an unrack, walkout, re-rack, warm-up or adjustment. */
    NON_REP,
    /** Horizontal bar path that accompanies a rep movement; no meaning of its own. */
    PATH
}
