package io.reptempo.phases;

/** Which way a movement goes: up (bar rising, limb angle growing) or down. */
public enum Direction {
    UP, DOWN;

    public Direction opposite() {
        return this == UP ? DOWN : UP;
    }

    /** +1 for up, -1 for down. */
    public int sign() {
        return this == UP ? 1 : -1;
    }

    public static Direction ofSign(double value) {
        return value >= 0 ? UP : DOWN;
    }
}
