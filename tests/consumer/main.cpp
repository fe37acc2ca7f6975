// Reads an offer file through offercalc's public API and prints its multi-year total.
//   consumer OFFER.json  ->  "Amazon L5 PM 1057000.00"

#include <fstream>
#include <iostream>
#include <sstream>

#include <offercalc/error.hpp>
#include <offercalc/model.hpp>
#include <offercalc/parse.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: consumer OFFER.json\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    std::stringstream text;
    text << in.rdbuf();
    try {
        const offercalc::Offer offer = offercalc::parse_offer(text.str(), argv[1], {});
        const offercalc::Projection p = offercalc::project(offer);
        std::cout << offer.name << ' ' << p.sum.total.plain() << '\n';
    } catch (const offercalc::Error& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    return 0;
}
