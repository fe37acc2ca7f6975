// The floor: a C++ program that starts and exits, linked like offercalc.
int main() { return 0; }
