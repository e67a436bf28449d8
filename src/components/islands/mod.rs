//! The contents of each island (see `island`): what the server prerenders inside an island's
//! root and the browser then hydrates. The layouts (`page`, `section`) write the roots and
//! place an `Island` in each; they never import these.

pub mod chart;
pub mod cite;
pub mod head;
pub mod tools;
