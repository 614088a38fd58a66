//! Every responsibility and skill in the role description maps to items that ask about it.
use ready_to_lead::core::framework::Framework;

const ROLE_DESCRIPTION: &str = include_str!("../fixtures/role-description.txt");

/// (a phrase quoted from the role description, the items that cover it)
const SEED_POINTS: &[(&str, &[&str])] = &[
    (
        "responsible for the delivery, quality, and health of a product or platform",
        &["planning-1", "quality-3", "operations-4"],
    ),
    (
        "focuses on enabling their team's success",
        &["mentoring-4", "motivation-1"],
    ),
    (
        "fostering a positive and productive engineering culture",
        &[
            "feedback-1",
            "feedback-4",
            "team-health-2",
            "team-health-4",
            "quality-4",
        ],
    ),
    (
        "ensuring technical work aligns with broader organizational goals",
        &["prioritization-3", "tech-direction-1"],
    ),
    (
        "they are people leaders",
        &["feedback-3", "motivation-4", "motivation-5"],
    ),
    (
        "recruit, mentor, and develop engineering talent",
        &[
            "hiring-1",
            "hiring-2",
            "mentoring-1",
            "mentoring-3",
            "career-growth-1",
        ],
    ),
    ("conduct performance reviews", &["feedback-2", "feedback-3"]),
    (
        "support career growth",
        &["career-growth-1", "career-growth-2", "career-growth-3"],
    ),
    (
        "building high-performing, collaborative teams",
        &["hiring-3", "team-health-2", "team-health-4"],
    ),
    (
        "provide architectural guidance",
        &["architecture-1", "architecture-2", "architecture-3"],
    ),
    (
        "oversee the development lifecycle",
        &["quality-3", "quality-4"],
    ),
    (
        "best practices in coding, security, and reliability",
        &["quality-1", "quality-2", "quality-4", "operations-4"],
    ),
    (
        "They own the operational health of their services",
        &["operations-1", "operations-4"],
    ),
    ("managing on-call rotations", &["operations-1"]),
    ("incident response", &["operations-2"]),
    (
        "driving post-mortems to foster a culture of continuous improvement",
        &["operations-3", "planning-4"],
    ),
    (
        "a crucial bridge between their team and other departments",
        &["collaboration-3", "collaboration-4"],
    ),
    (
        "collaborate closely with Product Managers and designers",
        &["collaboration-1"],
    ),
    (
        "translate customer needs and business objectives into a technical roadmap",
        &["prioritization-3"],
    ),
    (
        "prioritizing features while balancing technical debt and operational excellence",
        &["prioritization-1", "prioritization-2", "operations-4"],
    ),
    (
        "blend technical depth with strong interpersonal abilities",
        &["architecture-1", "team-health-2", "collaboration-2"],
    ),
    (
        "5+ years of hands-on experience",
        &[
            "architecture-1",
            "architecture-4",
            "quality-1",
            "quality-3",
            "operations-2",
        ],
    ),
    (
        "provide credible technical direction and understand system complexities",
        &["tech-direction-1", "tech-direction-2", "architecture-4"],
    ),
    (
        "several years of direct people management experience",
        &[
            "feedback-2",
            "feedback-3",
            "career-growth-1",
            "team-health-1",
        ],
    ),
    (
        "architectural design for scalable and resilient distributed systems",
        &["architecture-1", "architecture-2", "architecture-4"],
    ),
    (
        "a proven track record of delivering complex projects",
        &["planning-1", "planning-2"],
    ),
    (
        "a deep commitment to operational excellence",
        &[
            "operations-1",
            "operations-2",
            "operations-3",
            "operations-4",
        ],
    ),
    (
        "exceptional communication for collaborating with diverse stakeholders",
        &["collaboration-2", "collaboration-4"],
    ),
    (
        "the ability to mentor and inspire engineers",
        &["mentoring-1", "mentoring-2", "mentoring-4", "team-health-4"],
    ),
    (
        "strong project management capabilities",
        &["planning-1", "planning-3"],
    ),
    (
        "navigate ambiguity and drive results",
        &["ambiguity-1", "ambiguity-2", "ambiguity-3"],
    ),
    (
        "the strategic vision for the technology",
        &["tech-direction-1", "tech-direction-3"],
    ),
    (
        "the day-to-day growth and well-being of their team",
        &["team-health-1", "team-health-3", "career-growth-2"],
    ),
    (
        "scaling impact through others",
        &["motivation-6", "motivation-7"],
    ),
    (
        "passionate about technology",
        &["motivation-2", "motivation-6"],
    ),
    (
        "derive greater satisfaction from coaching",
        &["motivation-1", "motivation-3", "mentoring-1"],
    ),
    ("process improvement", &["planning-4", "quality-3"]),
    (
        "strategic execution",
        &["ambiguity-3", "prioritization-3", "tech-direction-1"],
    ),
    (
        "transforming innovative ideas into robust, real-world solutions",
        &["planning-1", "architecture-3"],
    ),
];

#[test]
fn every_point_of_the_role_description_is_quoted_verbatim() {
    let text = ROLE_DESCRIPTION
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for (point, _) in SEED_POINTS {
        assert!(
            text.contains(point),
            "not in the role description: {point:?}"
        );
    }
}

#[test]
fn every_point_of_the_role_description_is_covered_by_an_item() {
    let framework = Framework::builtin();
    for (point, items) in SEED_POINTS {
        assert!(!items.is_empty(), "{point:?} is covered by no item");
        for id in *items {
            assert!(
                framework.item(id).is_some(),
                "{point:?} names unknown item {id}"
            );
        }
    }
}
