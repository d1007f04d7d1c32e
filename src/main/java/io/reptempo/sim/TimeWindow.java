package io.reptempo.sim;

/** A closed time interval in seconds. */
record TimeWindow(double startS, double endS) {

    double lengthS() {
        return endS - startS;
    }
}
